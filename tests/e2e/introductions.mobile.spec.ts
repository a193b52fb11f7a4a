import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

test('on a phone, a worker declines an introduction with a reason, and an employer reads a pipeline', async ({
  page,
}) => {
  await login(page, demoAccounts.worker);
  await expect(page).toHaveURL(/\/worker$/);
  await page.goto('/worker/introductions?status=proposed');
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
  // The last waiting one: the desktop test accepts the first.
  await page
    .getByRole('link', { name: /Wacht op uw antwoord/ })
    .last()
    .click();
  await expect(page).toHaveURL(/\/worker\/introductions\/[0-9a-f-]{36}$/);
  await expectNoSidewaysScrolling(page);
  await page.getByLabel('Reden (niet verplicht)').fill('Ik zoek werk dichter bij huis.');
  await page.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'U hebt het voorstel afgewezen.' })).toBeVisible();
  await expect(page.getByText('Ik zoek werk dichter bij huis.')).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.goto('/employer/introductions?status=trial');
  await expectNoSidewaysScrolling(page);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Plaatsing' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});
