import 'server-only';
import { getLocale } from 'next-intl/server';
import { languageOf, type Locale } from './config';

/** The visitor's language in an async server component (its cookie, else Dutch: i18n/request.ts). */
export async function getLanguage(): Promise<Locale> {
  return languageOf(await getLocale());
}
