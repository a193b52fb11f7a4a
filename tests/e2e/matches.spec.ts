import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

test('a worker sees vacancies at other employers that fit, each explained in plain language', async ({ page }) => {
  await login(page, demoAccounts.worker);
  await page.getByRole('link', { name: 'Bekijk vacatures die bij je passen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures die bij je passen' })).toBeVisible();
  const first = page.locator('.match-list > li').first();
  await expect(first.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(first.getByText(/km van huis|op afstand werken/)).toBeVisible();
  await expect(first.getByText(/uur per week|De uren passen/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vacancies that fit you' })).toBeVisible();
  await expect(
    page
      .locator('.match-list > li')
      .first()
      .getByText(/km from home|work remotely/),
  ).toBeVisible();
});
