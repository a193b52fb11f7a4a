import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, formats, intlLocales, isLocale, LOCALE_COOKIE, messages, timeZone } from './config';

/**
 * next-intl's configuration for each request (found through the plugin in next.config.js). No
 * locale in the URL: the language is the visitor's explicit choice (the cookie the language
 * switch sets, i18n/actions.ts), else Dutch.
 */
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const language = isLocale(chosen) ? chosen : defaultLocale;
  return { locale: intlLocales[language], messages: messages[language], timeZone, formats };
});
