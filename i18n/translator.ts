import { createTranslator } from 'next-intl';
import { formats, intlLocales, messages, timeZone, type Locale } from './config';

/**
 * A translator for code outside React (mail, exports, jobs): the same ICU messages the pages
 * use, in the recipient's language. `t('mail.invitation.subject', { organisation })`.
 */
export function getTranslator(locale: Locale) {
  return createTranslator({ locale: intlLocales[locale], messages: messages[locale], timeZone, formats });
}
