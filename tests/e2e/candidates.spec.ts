import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

test('an employer opens the anonymised candidates of a vacancy, filters them and opens one', async ({ page }) => {
  await login(page, demoAccounts.otherEmployer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.goto('/employer/vacancies?status=open');
  await page
    .getByRole('link', { name: /^Kandidaten: / })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Kandidaten voor / })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /kandida(at|ten)/ })).toBeVisible();
  const rows = page.getByRole('row', { name: /Kandidaat K-/ });
  await expect(rows.first()).toBeVisible();
  // Anonymised: a pseudonym and a distance band, never a name or an address.
  await expect(rows.first().getByRole('rowheader')).toContainText(/Kandidaat K-[0-9A-Z]{5}/);
  await expectAccessible(page);

  await page.getByLabel('Minimale match').selectOption({ label: 'Minstens 50%' });
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page).toHaveURL(/minScore=0\.5/);
  await expect(page.getByRole('heading', { level: 2, name: /kandida(at|ten)/ })).toBeVisible();

  await page.goto(page.url().replace(/\?.*$/, ''));
  const link = page.getByRole('link', { name: /^Bekijk het profiel van kandidaat K-/ }).first();
  const code = (await link.getAttribute('aria-label'))!.replace('Bekijk het profiel van kandidaat ', '');
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: `Kandidaat ${code}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Vaardigheden' })).toBeVisible();
  await expect(page.getByText(/Het openen van dit profiel wordt vastgelegd/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Candidate ${code}` })).toBeVisible();
});
