import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

test('a worker adds a skill on a phone by tapping a suggestion', async ({ page }) => {
  await login(page, 'werknemer.005@overstap.demo');
  await expect(page).toHaveURL(/\/worker$/);
  await page.goto('/worker/skills');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn vaardigheden bewerken' })).toBeVisible();
  await expectNoSidewaysScrolling(page);

  const combobox = page.getByRole('combobox', { name: 'Vaardigheid zoeken' });
  await combobox.tap();
  await combobox.fill('excell');
  const option = page.getByRole('option', { name: 'Excel', exact: true });
  await expect(option).toBeInViewport();
  await expectNoSidewaysScrolling(page);
  await option.tap();
  await expect(combobox).toHaveValue('Excel');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: '“Excel” is toegevoegd.' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Mijn vaardigheden' }).getByRole('row', { name: /^Excel/ }),
  ).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});

test('an employer can fill in a new vacancy on a phone', async ({ page }) => {
  await login(page, demoAccounts.otherEmployer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.goto('/employer/vacancies/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
  const occupation = page.getByRole('combobox', { name: 'Beroep zoeken' });
  await occupation.tap();
  await occupation.fill('monteur');
  await page.getByRole('option', { name: /^Monteur mechatronica/ }).tap();
  await page.getByRole('button', { name: 'Alle voorgestelde vaardigheden overnemen' }).tap();
  await expect(page.getByRole('region', { name: 'Gevraagde vaardigheden' }).getByRole('row').nth(1)).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});
