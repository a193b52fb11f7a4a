import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

test('on a phone the caseload fits the screen and its figures lead to the workers they count', async ({ page }) => {
  await login(page, demoAccounts.coordinator);
  await expect(page).toHaveURL(/\/coordinator$/);
  await page.goto('/coordinator/caseload');
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload en termijnen' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
  await page.getByTestId('caseload-d90').getByRole('link').tap();
  await expect(page).toHaveURL(/window=d90/);
  await expect(page.getByRole('table', { name: 'Caseload en termijnen' }).getByRole('row').nth(1)).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});
