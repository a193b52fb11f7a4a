import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser } from 'mailparser';

/** The run's mail folder, set by playwright.config.ts for the app under test. */
function mailDir(): string {
  const dir = process.env.OVERSTAP_E2E_MAIL_DIR;
  if (!dir) throw new Error('OVERSTAP_E2E_MAIL_DIR is not set: run the e2e tests through playwright.config.ts');
  return dir;
}

export interface ReceivedMail {
  subject: string;
  text: string;
  /** The invitation link in the mail, as a path of this site (/invite/<token>). */
  link: string;
}

/** The newest mail to `to` (file names sort by the time they were written), or null. */
async function newestMail(to: string): Promise<ReceivedMail | null> {
  const dir = mailDir();
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.eml'))
    .sort()
    .reverse();
  for (const name of names) {
    const mail = await simpleParser(await readFile(path.join(dir, name)));
    const recipients = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
    if (!recipients.includes(to.toLowerCase())) continue;
    const text = mail.text ?? '';
    const link = text.match(/https?:\/\/[^\s/]+(\/invite\/[A-Za-z0-9_-]{43})/)?.[1];
    if (!link) throw new Error(`the mail to ${to} (${name}) has no invitation link:\n${text}`);
    return { subject: mail.subject ?? '', text, link };
  }
  return null;
}

/**
 * Waits for the newest mail to an address (the app's job worker sends within seconds) and
 * returns it with its link. `after`: a mail already seen, e.g. before a re-send; the one
 * returned carries another link.
 */
export async function waitForMail(to: string, after?: ReceivedMail): Promise<ReceivedMail> {
  let found: ReceivedMail | null = null;
  await expect
    .poll(
      async () => {
        const newest = await newestMail(to);
        found = newest && newest.link !== after?.link ? newest : null;
        return found;
      },
      {
        message: `a mail to ${to}`,
        timeout: 60_000,
        intervals: [250, 500, 1000],
      },
    )
    .not.toBeNull();
  return found!;
}
