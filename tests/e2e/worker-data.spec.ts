import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

// A demo worker no other spec signs in as: this test deletes the account.
const worker = 'werknemer.047@overstap.demo';

test('a worker sees who looked at their profile, downloads their data and deletes the account', async ({ page }) => {
  await login(page, worker);
  await expect(page).toHaveURL(/\/worker$/);
  await page.getByRole('link', { name: 'Mijn gegevens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Wie bekeek mijn profiel' })).toBeVisible();
  await expectAccessible(page);

  // The download: one JSON file with the account and the profile.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download mijn gegevens' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^overstap-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    account: { email: string };
    profile: { homePostcode: string };
  };
  expect(data.account.email).toBe(worker);
  expect(data.profile.homePostcode).not.toBe('');
  await expect(page.getByRole('status').filter({ hasText: 'Je gegevens zijn gedownload.' })).toBeVisible();

  // Deleting asks for the password, and says at the field when it is wrong.
  const password = page.getByLabel('Je wachtwoord, ter bevestiging');
  const erase = page.getByRole('button', { name: 'Verwijder mijn account definitief' });
  await erase.click();
  await expect(password).toHaveAccessibleDescription('Vul je wachtwoord in.');
  await password.fill('niet mijn wachtwoord');
  await erase.click();
  await expect(password).toHaveAccessibleDescription('Dit is niet je wachtwoord.');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await password.fill(DEMO_PASSWORD);
  await erase.click();
  await expect(page).toHaveURL(/\/login$/);

  // The account is gone: signing in with it is refused.
  await login(page, worker);
  await expect(page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord klopt niet.' })).toBeVisible();
  await page.goto('/worker');
  await expect(page).toHaveURL(/\/login$/);
});
