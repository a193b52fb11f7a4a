/**
 * The mails about a firm's registration and the coordinator's decision on it: who gets which,
 * in their own language (users.locale), queued in the transaction of the change (so a message
 * goes out exactly when the change commits). The wording is in i18n/messages under `mail.*`.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { memberships, users } from '~/db/schema';
import type { sizeBandValues } from '~/db/schema/enums';
import { defaultLocale, isLocale, messages, type Locale } from '~/i18n/config';
import { getTranslator } from '~/i18n/translator';
import { queueMail } from '~/server/mail/queue';

/** Someone a mail goes to: a user, in the language they chose. */
export interface Recipient {
  id: string;
  name: string;
  email: string;
  locale: string;
}

/** The firm as the mails describe it. */
export interface FirmForMail {
  id: string;
  name: string;
  kvkNumber: string;
  /** One of sectorValues, stored as text. */
  sector: string;
  sizeBand: (typeof sizeBandValues)[number];
  street: string;
  postalCode: string;
  city: string;
}

const recipientColumns = { id: users.id, name: users.name, email: users.email, locale: users.locale };

/** The region's coordinators whose accounts are enabled: who hears of a new registration. */
export function regionCoordinators(db: Database, regionId: string): Promise<Recipient[]> {
  return db
    .select(recipientColumns)
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(memberships.role, 'coordinator'), eq(memberships.regionId, regionId), isNull(users.disabledAt)))
    .orderBy(asc(users.email));
}

/** The firm's HR users whose accounts are enabled: who hears of the decision on its registration. */
export function firmHrUsers(db: Database, organisationId: string): Promise<Recipient[]> {
  return db
    .select(recipientColumns)
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(eq(memberships.role, 'employer'), eq(memberships.organisationId, organisationId), isNull(users.disabledAt)),
    )
    .orderBy(asc(users.email));
}

const languageOf = (recipient: Recipient): Locale => (isLocale(recipient.locale) ? recipient.locale : defaultLocale);

/** A whole message: the greeting, the paragraphs and the closing, in the recipient's language. */
function letter(locale: Locale, name: string, paragraphs: string[]): string {
  const t = getTranslator(locale);
  return [t('mail.greeting', { name }), ...paragraphs, t('mail.closing')].join('\n\n');
}

/** The new firm's HR user hears that the registration arrived and that they can sign in already. */
export async function queueRegistrationReceived(
  db: Database,
  mail: { firm: FirmForMail; regionName: string; hr: Recipient; origin: string },
): Promise<void> {
  const locale = languageOf(mail.hr);
  const t = getTranslator(locale);
  const names = { organisation: mail.firm.name, region: mail.regionName };
  await queueMail(
    db,
    {
      to: mail.hr.email,
      language: locale,
      subject: t('mail.registrationReceived.subject', names),
      text: letter(locale, mail.hr.name, [
        t('mail.registrationReceived.body', names),
        t('mail.registrationReceived.signIn', { email: mail.hr.email, loginUrl: `${mail.origin}/login` }),
      ]),
    },
    `organisation-registered:${mail.firm.id}:${mail.hr.id}`,
  );
}

/** Each coordinator of the region hears that a firm awaits their decision, and what it registered. */
export async function queueRegistrationToReview(
  db: Database,
  mail: { firm: FirmForMail; regionName: string; hr: Recipient; coordinators: Recipient[]; origin: string },
): Promise<void> {
  const { firm } = mail;
  for (const coordinator of mail.coordinators) {
    const locale = languageOf(coordinator);
    const t = getTranslator(locale);
    const labels = messages[locale].enums;
    await queueMail(
      db,
      {
        to: coordinator.email,
        language: locale,
        subject: t('mail.registrationToReview.subject', { organisation: firm.name }),
        text: letter(locale, coordinator.name, [
          t('mail.registrationToReview.body', { organisation: firm.name, region: mail.regionName }),
          t('mail.registrationToReview.details', {
            kvkNumber: firm.kvkNumber,
            sector: (labels.sector as Record<string, string>)[firm.sector] ?? firm.sector,
            sizeBand: labels.sizeBand[firm.sizeBand],
            address: `${firm.street}, ${firm.postalCode} ${firm.city}`,
            contactName: mail.hr.name,
            contactEmail: mail.hr.email,
          }),
          t('mail.registrationToReview.review', { queueUrl: `${mail.origin}/coordinator/approvals` }),
        ]),
      },
      `organisation-to-review:${firm.id}:${coordinator.id}`,
    );
  }
}

/** The firm's HR users hear the coordinator's decision, with the reason (or the note on an approval). */
export async function queueDecision(
  db: Database,
  mail: {
    firm: { id: string; name: string };
    regionName: string;
    decision: 'approved' | 'rejected';
    reason: string | null;
    decidedAt: Date;
    recipients: Recipient[];
    origin: string;
  },
): Promise<void> {
  const names = { organisation: mail.firm.name, region: mail.regionName };
  const loginUrl = `${mail.origin}/login`;
  for (const recipient of mail.recipients) {
    const locale = languageOf(recipient);
    const t = getTranslator(locale);
    const approved = mail.decision === 'approved';
    const paragraphs = approved
      ? [
          t('mail.organisationApproved.body', { ...names, loginUrl }),
          ...(mail.reason ? [t('mail.organisationApproved.note', { reason: mail.reason })] : []),
        ]
      : [
          t('mail.organisationRejected.body', names),
          t('mail.organisationRejected.reason', { reason: mail.reason ?? '' }),
          t('mail.organisationRejected.contact', { loginUrl }),
        ];
    await queueMail(
      db,
      {
        to: recipient.email,
        language: locale,
        subject: approved
          ? t('mail.organisationApproved.subject', names)
          : t('mail.organisationRejected.subject', names),
        text: letter(locale, recipient.name, paragraphs),
      },
      // One mail per decision and person: a repeated decision is no decision (see organisation-approval.ts).
      `organisation-decision:${mail.firm.id}:${mail.decidedAt.getTime()}:${recipient.id}`,
    );
  }
}
