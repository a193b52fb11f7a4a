import { useLocale } from 'next-intl';
import { languageOf, type Locale } from './config';

/** The visitor's language, in a client component or a server component that is not async. */
export function useLanguage(): Locale {
  return languageOf(useLocale());
}
