/**
 * The mailer writes readable .eml files by default and sends through a real SMTP server
 * (smtp-server, in this process) when SMTP_URL is set.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '~/server/jobs/queue';
import { createMailer } from '~/server/mail/mailer';
import { mailJobHandlers, queueMail } from '~/server/mail/queue';
import { createTestDatabase } from '~/tests/helpers/database';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'overstap-mail-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const message = {
  to: 'Eva de Vries <eva@example.nl>',
  subject: 'Uitnodiging: uw overstap begint hier',
  text: 'Beste Eva,\n\nKlik op de link om je account te maken: https://overstap.example/invite/abc\n\nGroet, Overstap',
  language: 'nl' as const,
};

describe('without SMTP_URL', () => {
  it('writes each message as a readable .eml file in the mail folder', async () => {
    const mailer = createMailer({ from: 'Overstap <noreply@overstap.example>', mailDir: dir });
    const sent = await mailer.send(message);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.eml'));
    expect(files).toEqual([path.basename(sent.file!)]);
    const parsed = await simpleParser(await readFile(sent.file!));
    expect(parsed.subject).toBe(message.subject);
    expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toContain('eva@example.nl');
    expect(parsed.text).toContain('https://overstap.example/invite/abc');
    expect(parsed.headers.get('content-language')).toBe('nl');
  });
});

describe('with SMTP_URL', () => {
  it('sends through the SMTP server', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.server.address() as AddressInfo;
      const mailer = createMailer({
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: 'Overstap <noreply@overstap.example>',
        mailDir: dir,
      });
      const sent = await mailer.send(message);
      expect(sent.file).toBeUndefined();
      expect(received).toHaveLength(1);
      const parsed = await simpleParser(received[0]!);
      expect(parsed.subject).toBe(message.subject);
      expect(parsed.text).toContain('Beste Eva');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('queued mail', () => {
  it('is written by the job that sends it, once, after the transaction that queued it commits', async () => {
    const database = await createTestDatabase();
    try {
      const mailDir = await mkdtemp(path.join(os.tmpdir(), 'overstap-queued-mail-'));
      const handlers = mailJobHandlers(() => createMailer({ from: 'Overstap <noreply@overstap.example>', mailDir }));
      await database.db.transaction(async (tx) => {
        await queueMail(tx, message, 'invitation:1');
        await queueMail(tx, message, 'invitation:1'); // the same message again: one mail
      });
      // A transaction that rolls back queues nothing.
      await database.db
        .transaction(async (tx) => {
          await queueMail(tx, { ...message, subject: 'never sent' });
          throw new Error('the change failed');
        })
        .catch(() => undefined);
      expect(await runDueJobs(database.db, handlers)).toEqual({ done: 1, retried: 0, failed: 0 });
      const files = await readdir(mailDir);
      expect(files).toHaveLength(1);
      expect((await simpleParser(await readFile(path.join(mailDir, files[0]!)))).subject).toBe(message.subject);
    } finally {
      await database.destroy();
    }
  });
});
