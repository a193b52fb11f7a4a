import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

test('an admin uses their portal on a phone', async ({ page }) => {
  await login(page, demoAccounts.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('region', { name: 'Regio’s' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Accounts' }).getByRole('row')).toHaveCount(26);
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});

test('a coordinator disables and enables an HR account on a phone', async ({ page }) => {
  const firm = 'Beveiligingsgroep Waakzaam B.V.';
  await login(page, demoAccounts.coordinator);
  await expect(page).toHaveURL(/\/coordinator$/);
  await page.getByRole('link', { name: firm }).tap();
  await expect(page.getByRole('heading', { level: 1, name: firm })).toBeVisible();
  await expectNoSidewaysScrolling(page);

  const row = page.getByRole('region', { name: 'HR-accounts' }).getByRole('row').nth(1);
  await row.getByRole('button', { name: `Account van HR ${firm} uitschakelen` }).tap();
  await row.getByLabel(`Waarom schakel je het account van HR ${firm} uit?`).fill('Uit dienst');
  await expectNoSidewaysScrolling(page);
  await row.getByRole('button', { name: 'Uitschakelen', exact: true }).tap();
  await expect(row.getByRole('status')).toContainText('is uitgeschakeld.');
  await expectAccessible(page);
  await row.getByRole('button', { name: `Account van HR ${firm} weer inschakelen` }).tap();
  await expect(row.getByRole('status')).toContainText('is weer ingeschakeld.');
  await expectNoSidewaysScrolling(page);
});
