/**
 * The mail that carries an invitation link, in the invitee's language. Queued in the
 * transaction that creates (or re-sends) the invitation, once per sending: the dedupe key names
 * the invitation and how often it was sent, so a retried request never mails twice and a
 * re-send always mails again.
 */
import type { Database } from '~/db/client';
import type { invitationKindValues } from '~/db/schema/enums';
import { isLocale, type Locale } from '~/i18n/config';
import { getTranslator } from '~/i18n/translator';
import { queueMail } from './queue';

export interface InvitationMail {
  invitationId: string;
  kind: (typeof invitationKindValues)[number];
  sendCount: number;
  name: string;
  email: string;
  language: string;
  /** Who invites: the firm, or for a coordinator the region. */
  organisationName: string;
  /** The whole link, with the token. */
  link: string;
  validDays: number;
}

/** The page that opens an invitation link: `${origin}/invite/<token>`. */
export const invitationLink = (origin: string, token: string) => `${origin}/invite/${token}`;

/** Where each kind's subject and body are among the messages. */
const messagesOf = {
  worker: 'mail.invitation.worker',
  colleague: 'mail.invitation.colleague',
  coordinator: 'coordinatorInvitations.mail',
} as const;

export function queueInvitationMail(db: Database, mail: InvitationMail): Promise<boolean> {
  const language: Locale = isLocale(mail.language) ? mail.language : 'nl';
  const t = getTranslator(language);
  const values = { name: mail.name, organisation: mail.organisationName, link: mail.link, days: mail.validDays };
  return queueMail(
    db,
    {
      to: mail.email,
      subject: t(`${messagesOf[mail.kind]}.subject`, values),
      text: t(`${messagesOf[mail.kind]}.body`, values),
      language,
    },
    `invitation:${mail.invitationId}:${mail.sendCount}`,
  );
}
