import { expect, test } from '@playwright/test';
import { demoAccounts, disabledDemoAccount } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

test('an admin signs in and lands on their portal with the regions and the accounts, with no redirect loop', async ({
  page,
}) => {
  await login(page, demoAccounts.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();

  const regions = page.getByRole('region', { name: 'Regio’s' });
  const main = regions.getByRole('row', { name: /^Zuidoost-Brabant/ });
  await expect(main).toContainText('Sanne Verhoeven');
  await expect(regions.getByRole('row', { name: /^Midden-Brabant/ })).toContainText('Joost van Gils');
  const [employers, atRisk, vacancies] = await Promise.all(
    [1, 2, 3].map(async (column) =>
      Number(
        await main
          .getByRole('cell')
          .nth(column - 1)
          .textContent(),
      ),
    ),
  );
  expect(employers).toBeGreaterThanOrEqual(25);
  expect(atRisk).toBeGreaterThanOrEqual(100);
  expect(vacancies).toBeGreaterThanOrEqual(250);

  const accounts = page.getByRole('region', { name: 'Accounts' });
  await expect(accounts.getByTestId('accounts-found')).toHaveText(/^\d+ accounts gevonden\.$/);
  await expect(accounts.getByRole('row')).toHaveCount(26); // header + a page of 25
  await expect(accounts.getByRole('navigation', { name: 'Pagina’s: Accounts' })).toBeVisible();
  await expectAccessible(page);

  // The next page, and the other portals send the admin home instead of round in circles.
  await accounts.getByRole('link', { name: /Volgende/ }).click();
  await expect(page).toHaveURL(/\/admin\?page=2#accounts$/);
  await expect(page.getByRole('region', { name: 'Accounts' })).toContainText('Pagina 2 van');
  for (const portal of ['/coordinator', '/employer', '/worker', '/']) {
    await page.goto(portal);
    await expect(page).toHaveURL(/\/admin$/);
  }
});

test('an admin finds accounts by name, role and status, and sees why one is disabled', async ({ page }) => {
  await login(page, demoAccounts.admin);
  await expect(page).toHaveURL(/\/admin$/);
  const accounts = page.getByRole('region', { name: 'Accounts' });

  await page.getByLabel('Status').selectOption({ label: 'Uitgeschakeld' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/status=disabled/);
  const leaver = accounts.getByRole('row', { name: /Loopbaanhuis/ });
  await expect(leaver).toContainText(disabledDemoAccount.email);
  await expect(leaver).toContainText(`Reden: ${disabledDemoAccount.reason}`);
  await expect(leaver).toContainText(/Uitgeschakeld op \d{1,2} [a-z]{3,4} \d{4}/); // 5 mrt 2025
  await expect(leaver.getByRole('button', { name: /weer inschakelen$/ })).toBeVisible();

  // The coordinators of one region, from the regions table.
  await page.getByRole('link', { name: 'Accounts in Midden-Brabant' }).click();
  await expect(accounts).toContainText('Alleen accounts in Midden-Brabant.');
  await page.getByLabel('Rol').selectOption({ label: 'Regiocoördinator' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(accounts.getByRole('row')).toHaveCount(2);
  await expect(accounts.getByRole('row', { name: /^Joost van Gils/ })).toContainText(
    demoAccounts.otherRegionCoordinator,
  );
  await accounts.getByRole('link', { name: 'Toon alle regio’s' }).click();
  await expect(accounts.getByRole('row')).toHaveCount(3);

  // Their own account can never be disabled: no button is offered.
  await page.getByLabel('Zoeken op naam, e-mail of organisatie').fill(demoAccounts.admin);
  await page.getByLabel('Rol').selectOption({ label: 'Alle rollen' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const own = accounts.getByRole('row', { name: /^Beheerder Overstap/ });
  await expect(own).toContainText('Je eigen account');
  await expect(own.getByRole('button')).toHaveCount(0);
  await expectAccessible(page);

  // One account found: a count of one, in both languages.
  await expect(accounts.getByTestId('accounts-found')).toHaveText('1 account gevonden.');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(accounts.getByTestId('accounts-found')).toHaveText('1 account found.');
});

test('an admin disables an account with a reason and enables it again', async ({ page }) => {
  const email = 'werknemer.020@overstap.demo';
  await login(page, demoAccounts.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByLabel('Zoeken op naam, e-mail of organisatie').fill(email);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const accounts = page.getByRole('region', { name: 'Accounts' });
  const row = accounts.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Actief');

  const disable = row.getByRole('button', { name: /^Account van .+ uitschakelen$/ });
  const enable = row.getByRole('button', { name: /weer inschakelen$/ });
  const reason = row.getByRole('textbox', { name: /^Waarom schakel je het account van .+ uit\?$/ });
  // Changing one's mind: nothing happens, and the keyboard is back where it was.
  await disable.click();
  await expect(reason).toBeFocused();
  await row.getByRole('button', { name: 'Annuleren' }).click();
  await expect(disable).toBeFocused();

  await disable.click();
  await expectAccessible(page);
  await reason.fill('Meldt zich af voor de begeleiding');
  await row.getByRole('button', { name: 'Uitschakelen', exact: true }).click();
  await expect(row.getByRole('status')).toContainText('is uitgeschakeld. Wie ermee was ingelogd, is uitgelogd.');
  await expect(row).toContainText('Reden: Meldt zich af voor de begeleiding');
  await expect(enable).toBeFocused();

  await enable.click();
  await expect(row.getByRole('status')).toContainText('is weer ingeschakeld.');
  await expect(row).toContainText('Actief');
  await expect(disable).toBeFocused();
});
