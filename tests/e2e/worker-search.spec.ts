import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

test('a worker searches vacancies, saves one, hides one with a reason and expresses interest in another', async ({
  page,
}) => {
  await login(page, 'werknemer.011@overstap.demo');
  await expect(page).toHaveURL(/\/worker$/);
  await page.getByRole('link', { name: 'Vacatures zoeken' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures zoeken' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /vacatures? gevonden/ })).toBeVisible();
  await expectAccessible(page);

  // A filter with the number of vacancies behind it (a facet).
  await page.getByRole('checkbox', { name: /^Vast \(\d+\)$/ }).check();
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page).toHaveURL(/contract=permanent/);
  const results = page.locator('.match-list > li');
  await expect(results.first()).toBeVisible();

  // Save the first result.
  const first = results.first();
  const savedTitle = (await first.getByRole('heading', { level: 3 }).textContent())!.trim();
  await first.getByRole('button', { name: `“${savedTitle}” bewaren` }).click();
  await expect(first.getByRole('status')).toHaveText('Bewaard.');
  await expect(first.getByRole('button', { name: 'Niet meer bewaren' })).toBeVisible();

  // Hide the second with a reason: it leaves the results.
  const second = results.nth(1);
  const hiddenTitle = (await second.getByRole('heading', { level: 3 }).textContent())!.trim();
  // The hidden vacancy's own item leaves the list. Not counted by title: another firm's vacancy
  // of the same title may move up from the next page into its place.
  const hiddenItem = await second.elementHandle();
  await second.getByRole('button', { name: `“${hiddenTitle}” verbergen (niet voor mij)` }).click();
  await second.getByLabel('Waarom niet? (mag leeg blijven)').selectOption({ label: 'Te ver weg' });
  await second.getByRole('button', { name: 'Verbergen', exact: true }).click();
  await page.waitForFunction((item) => !item?.isConnected, hiddenItem);

  // Interest in the first result.
  await first.getByRole('button', { name: `Interesse tonen in “${savedTitle}”` }).click();
  await expect(first.getByRole('button', { name: 'Interesse intrekken' })).toBeVisible();
  await expect(first.getByText('Je hebt interesse getoond')).toBeVisible();
  await expectAccessible(page);

  // Saved and hidden, with the way back.
  await page.getByRole('link', { name: 'Bewaard en verborgen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bewaard en verborgen' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: new RegExp(savedTitle) })).toBeVisible();
  const hiddenRow = page.getByRole('row', { name: new RegExp(hiddenTitle) });
  await expect(hiddenRow.getByRole('cell', { name: 'Te ver weg' })).toBeVisible();
  await expectAccessible(page);
  await hiddenRow.getByRole('button', { name: `Weer tonen: ${hiddenTitle}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De vacature wordt weer getoond.' })).toBeVisible();
  await expect(page.getByText('Je hebt geen vacatures verborgen.')).toBeVisible();
});
