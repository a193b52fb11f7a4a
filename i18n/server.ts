import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { defaultLocale, dictionaries, isLocale, LOCALE_COOKIE, type Locale } from './config';

/** The visitor's language: their explicit choice (a cookie set by the language switch), else Dutch. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : defaultLocale;
});

export async function getMessages() {
  const locale = await getLocale();
  return { locale, t: dictionaries[locale] };
}
