import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';
import { waitForMail } from './mail';

test('a coordinator invites a colleague coordinator, who joins from the mail and lands in the coordinator portal', async ({
  page,
}) => {
  const colleague = `joris.verbeek.${Date.now().toString(36)}@example.nl`;
  await login(page, demoAccounts.coordinator);
  await expect(page).toHaveURL(/\/coordinator$/);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Beheer van de regio/ })).toBeVisible();

  // The seeded invitation waits in the list; a new one joins it.
  const pending = page.getByRole('table', { name: 'Uitnodigingen van coördinatoren die nog openstaan' });
  await expect(pending.getByRole('row', { name: /Ruud van Dijk/ })).toBeVisible();
  const form = page.getByRole('region', { name: 'Een coördinator uitnodigen' });
  await form.getByLabel('Naam').fill('Joris Verbeek');
  await form.getByLabel('E-mailadres').fill(colleague);
  await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(form.getByText(`De uitnodiging is verstuurd aan Joris Verbeek (${colleague}).`)).toBeVisible();
  await expect(pending.getByRole('row', { name: /Joris Verbeek/ })).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForMail(colleague);
  expect(mail.subject).toContain('coördinator');
  await page.context().clearCookies();
  await page.goto(mail.link);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Joris Verbeek' })).toBeVisible();
  await expect(page.getByText(/als coördinator van de regio/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('een zin van vier woorden');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page).toHaveURL(/\/coordinator$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Regiodashboard/ })).toBeVisible();
});
