import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

test('a coordinator reads "is there a job to go to?" on a phone, chart and table', async ({ page }) => {
  await login(page, demoAccounts.coordinator);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Is er werk?' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Is er werk om naartoe te gaan?' })).toBeVisible();
  const cohorts = page.getByTestId('chart-cohorts');
  await expect(cohorts.locator('svg[role="img"]')).toBeVisible();
  await cohorts.getByText('Toon als tabel').tap();
  await expect(cohorts.getByRole('table')).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});
