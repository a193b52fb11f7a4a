import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';
import { waitForMail } from './mail';

/** A page as it must be on a phone: nothing wider than the screen, nothing axe-core objects to. */
async function expectFitsPhone(page: Page) {
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
}

test('on a phone, an HR officer invites an employee of an announcement, who joins from the mail', async ({ page }) => {
  const email = `noor.el.amrani.${Date.now().toString(36)}@example.nl`;
  await login(page, demoAccounts.otherEmployer);
  await expect(page).toHaveURL(/\/employer$/);
  await expectFitsPhone(page);

  await page.goto('/employer/announcements');
  await expectFitsPhone(page);
  await page.getByRole('table', { name: 'Aangekondigde boventalligheid' }).getByRole('link').first().tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Stand van zaken' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Medewerkers van deze aankondiging' }).getByRole('row').nth(1),
  ).toBeVisible();
  await expectFitsPhone(page);

  await page.getByRole('link', { name: 'Medewerkers uitnodigen' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /^Medewerkers uitnodigen/ })).toBeVisible();
  await expectFitsPhone(page);
  await page.getByLabel('Naam').fill('Noor El Amrani');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Functie').fill('Planner productie');
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).tap();
  await expect(page.getByText(`De uitnodiging is verstuurd aan Noor El Amrani (${email}).`)).toBeVisible();

  await page.goto('/employer/announcements/new');
  await expectFitsPhone(page);
  await page.goto('/employer/colleagues');
  await expectFitsPhone(page);

  const mail = await waitForMail(email);
  await page.context().clearCookies();
  await page.goto(mail.link);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Noor El Amrani' })).toBeVisible();
  await expectFitsPhone(page);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('mijn nieuwe baan in de regio');
  await page.getByText('De privacyverklaring lezen').tap();
  await expectNoSidewaysScrolling(page);
  await page.getByLabel(/^Ik heb de privacyverklaring/).check();
  await page.getByLabel('Postcode van je woonadres').fill('5652');
  await page.getByLabel('Geboortejaar').fill('1991');
  await page.getByLabel('Hoogst afgeronde opleiding').selectOption({ label: 'Hbo' });
  await page.getByRole('radio', { name: 'Niet zichtbaar' }).check();
  await expectFitsPhone(page);
  await page.getByRole('button', { name: 'Account aanmaken' }).tap();
  await expect(page).toHaveURL(/\/worker$/);
});
