import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

test('a worker sees the bell’s count, reads the notifications, marks them read and chooses a daily digest', async ({
  page,
}) => {
  await login(page, demoAccounts.worker);
  await expect(page).toHaveURL(/\/worker$/);
  // The demo seeds a few notifications, some unread.
  const bell = page.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ });
  await expect(bell).toBeVisible();
  const unread = Number(/\d+/.exec((await bell.getAttribute('aria-label')) ?? '')![0]);
  expect(unread).toBeGreaterThan(0);

  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Meldingen' });
  await expect(table.getByRole('link', { name: /^Nieuwe sterke match: / }).first()).toBeVisible();
  await expectAccessible(page);

  await table
    .getByRole('button', { name: /^Markeer als gelezen: / })
    .first()
    .click();
  await expect(page.getByText('De melding is als gelezen gemarkeerd.')).toBeVisible();
  const fewer = unread - 1;
  await expect(
    page.getByRole('link', { name: fewer === 0 ? 'Meldingen, geen ongelezen' : `Meldingen, ${fewer} ongelezen` }),
  ).toBeVisible();

  if (fewer > 0) {
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await expect(page.getByText(/als gelezen gemarkeerd\.$/)).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Meldingen, geen ongelezen' })).toBeVisible();
  await expect(page.getByText('Alles is gelezen.')).toBeVisible();

  // The e-mail choice: a daily digest instead of a mail per notification.
  await expect(page.getByRole('radio', { name: 'Direct: één e-mail per melding' })).toBeChecked();
  await page.getByRole('radio', { name: 'Eén keer per dag een overzicht (rond 17:00)' }).check();
  await page.getByRole('button', { name: 'Keuze opslaan' }).click();
  await expect(page.getByText('Uw keuze is opgeslagen.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Eén keer per dag een overzicht (rond 17:00)' })).toBeChecked();
  await expectAccessible(page);

  // The link of a notification leads to where it is about.
  await page
    .getByRole('table', { name: 'Meldingen' })
    .getByRole('link', { name: /^Nieuwe sterke match: / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/worker\/matches$/);
});
