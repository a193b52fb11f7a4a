import { env } from '~/server/env';
import { createMailer, type Mailer } from './mailer';

const globalForMail = globalThis as unknown as { overstapMailer?: Mailer };

/** The app's mailer, from the environment (SMTP_URL, MAIL_FROM, MAIL_DIR). */
export function getMailer(): Mailer {
  return (globalForMail.overstapMailer ??= createMailer({
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    mailDir: env.MAIL_DIR,
  }));
}
