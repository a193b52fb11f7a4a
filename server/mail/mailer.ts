/**
 * The one mailer. Without SMTP_URL every message is written to a readable .eml file under
 * MAIL_DIR (./.data/mail), which is what development, the demo and the tests read; with
 * SMTP_URL it is sent through that server. nodemailer builds the message either way, so what
 * lands in the folder is exactly what would have been sent.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type StreamTransport from 'nodemailer/lib/stream-transport';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Which language the message is in (Content-Language). */
  language?: 'nl' | 'en';
}

export interface SentMail {
  messageId: string;
  /** The .eml file, when the mailer writes files. */
  file?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
}

export interface MailerConfig {
  smtpUrl?: string;
  from: string;
  mailDir: string;
}

const envelopeOf = (from: string, message: MailMessage) => ({
  from,
  to: message.to,
  subject: message.subject,
  text: message.text,
  html: message.html,
  headers: message.language ? { 'Content-Language': message.language } : undefined,
});

function smtpMailer(config: MailerConfig & { smtpUrl: string }): Mailer {
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(message) {
      const info: SMTPTransport.SentMessageInfo = await transport.sendMail(envelopeOf(config.from, message));
      return { messageId: info.messageId };
    },
  };
}

function fileMailer(config: MailerConfig): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info: StreamTransport.SentMessageInfo = await transport.sendMail(envelopeOf(config.from, message));
      await mkdir(config.mailDir, { recursive: true });
      // Sortable by time; written under a temporary name first so a reader never sees half a message.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      const file = path.join(config.mailDir, name);
      await writeFile(`${file}.tmp`, info.message as Buffer);
      await rename(`${file}.tmp`, file);
      return { messageId: info.messageId, file };
    },
  };
}

export function createMailer(config: MailerConfig): Mailer {
  return config.smtpUrl ? smtpMailer({ ...config, smtpUrl: config.smtpUrl }) : fileMailer(config);
}
