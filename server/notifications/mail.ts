/**
 * The mail of a notification (at once) or of a day's notifications (the digest), in the
 * recipient's language, with the same sentence the page shows and a link to where it leads.
 */
import { defaultLocale, isLocale, type Locale } from '~/i18n/config';
import { getTranslator } from '~/i18n/translator';
import type { MailMessage } from '~/server/mail/mailer';
import type { Role } from '~/server/auth/roles';
import { knownKind, notificationHref, templateValues, type NotificationPayload } from './render';

export interface MailRecipient {
  email: string;
  name: string;
  locale: string;
  role: Role;
}

export interface MailedNotification {
  kind: string;
  payload: NotificationPayload;
}

type Translator = ReturnType<typeof getTranslator>;

/** The one sentence a notification says, in the translator's language. */
export function notificationSentence(t: Translator, notification: MailedNotification): string {
  return t(`notifications.kinds.${knownKind(notification.kind)}`, templateValues(notification.payload));
}

const languageOf = (recipient: MailRecipient): Locale =>
  isLocale(recipient.locale) ? recipient.locale : defaultLocale;

function letter(t: Translator, recipient: MailRecipient, origin: string, paragraphs: string[]): string {
  return [
    t('mail.greeting', { name: recipient.name }),
    ...paragraphs,
    t('mail.closing'),
    t('notifications.mail.settings', { link: `${origin}/notifications` }),
  ].join('\n\n');
}

/** One notification, mailed at once. */
export function immediateMail(recipient: MailRecipient, notification: MailedNotification, origin: string): MailMessage {
  const language = languageOf(recipient);
  const t = getTranslator(language);
  const sentence = notificationSentence(t, notification);
  const link = `${origin}${notificationHref(notification.kind, notification.payload, recipient.role)}`;
  return {
    to: recipient.email,
    subject: t('notifications.mail.subject', { summary: sentence }),
    text: letter(t, recipient, origin, [sentence, t('notifications.mail.open', { link })]),
    language,
  };
}

/** Several notifications in one message, oldest first as they happened. */
export function digestMail(recipient: MailRecipient, items: MailedNotification[], origin: string): MailMessage {
  const language = languageOf(recipient);
  const t = getTranslator(language);
  const lines = items.map(
    (item) =>
      `- ${notificationSentence(t, item)}\n  ${origin}${notificationHref(item.kind, item.payload, recipient.role)}`,
  );
  return {
    to: recipient.email,
    subject: t('notifications.mail.digestSubject', { count: items.length }),
    text: letter(t, recipient, origin, [t('notifications.mail.digestIntro'), lines.join('\n')]),
    language,
  };
}
