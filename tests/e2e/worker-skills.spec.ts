import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

// Workers of the demo region no other spec signs in as, so their profiles change only here.
const worker = 'werknemer.003@overstap.demo';
const secondWorker = 'werknemer.004@overstap.demo';

test('a worker adds a skill through the combobox with the keyboard, typo and all, and still has it after a reload', async ({
  page,
}) => {
  await login(page, worker);
  await expect(page).toHaveURL(/\/worker$/);
  await page.getByRole('link', { name: 'Vaardigheden bewerken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn vaardigheden bewerken' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Mijn vaardigheden' });
  await expect(table.getByRole('row', { name: /heftruck rijden/ })).toHaveCount(0);

  // "heftruk": one letter missing; the search still finds "heftruck rijden".
  const combobox = page.getByRole('combobox', { name: 'Vaardigheid zoeken' });
  await combobox.focus();
  await page.keyboard.type('heftruk');
  const option = page
    .getByRole('listbox', { name: 'Vaardigheid zoeken' })
    .getByRole('option', { name: /^heftruck rijden/ });
  await expect(option).toBeVisible();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('status').filter({ hasText: /suggestie/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expectAccessible(page); // with the list open
  await page.keyboard.press('Enter');
  await expect(combobox).toHaveValue('heftruck rijden');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(combobox).toBeFocused();

  await page.keyboard.press('Tab');
  const level = page.getByRole('combobox', { name: 'Niveau', exact: true });
  await expect(level).toBeFocused();
  await level.selectOption('3');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Toevoegen', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“heftruck rijden” is toegevoegd.' })).toBeVisible();

  await page.reload();
  const row = page.getByRole('region', { name: 'Mijn vaardigheden' }).getByRole('row', { name: /heftruck rijden/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('combobox', { name: 'Niveau van heftruck rijden' })).toHaveValue('3');
  await expect(row).toContainText('Zelf opgegeven');
  await expectAccessible(page);

  // A skill the employer confirmed is the employer's to change: no remove button, and the row says why.
  const confirmed = page
    .getByRole('region', { name: 'Mijn vaardigheden' })
    .getByRole('row')
    .filter({ hasText: 'Bevestigd door werkgever' })
    .first();
  await expect(confirmed).toContainText('alleen die werkgever kan dit wijzigen of verwijderen');
  await expect(confirmed.getByRole('button')).toHaveCount(0);

  // Change the level, then remove the skill again.
  await row.getByRole('combobox', { name: 'Niveau van heftruck rijden' }).selectOption('1');
  await row.getByRole('button', { name: 'Niveau opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Het niveau van “heftruck rijden” is opgeslagen.' }),
  ).toBeVisible();
  await row.getByRole('button', { name: 'Verwijderen: heftruck rijden' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“heftruck rijden” is verwijderd.' })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Mijn vaardigheden' }).getByRole('row', { name: /heftruck rijden/ }),
  ).toHaveCount(0);
});

test('a worker picks a desired occupation and takes over the skills it proposes', async ({ page }) => {
  await login(page, secondWorker);
  // Wait until signing in has landed on the portal: a page opened before that has no session yet.
  await expect(page).toHaveURL(/\/worker$/);
  await page.goto('/worker/profile/occupations');
  const occupation = page.getByRole('combobox', { name: 'Beroep zoeken' });
  await occupation.fill('lasser');
  await page.getByRole('option', { name: /^Lasser/ }).click();
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Lasser is toegevoegd aan je gewenste beroepen.' }),
  ).toBeVisible();

  const proposals = page.getByRole('region', { name: 'Voorgestelde vaardigheden voor Lasser' });
  await expect(proposals.getByRole('heading', { name: 'Essentieel voor dit beroep' })).toBeVisible();
  const first = proposals.getByRole('listitem').first();
  const firstSkill = (await first.locator('span').first().textContent())!;
  await expectAccessible(page);

  await proposals.getByRole('button', { name: 'Alle voorgestelde vaardigheden overnemen' }).click();
  await expect(page.getByRole('status').filter({ hasText: /vaardigheden overgenomen/ })).toBeVisible();
  await expect(proposals.getByText('Alle vaardigheden van dit beroep staan al in de lijst.')).toBeVisible();
  await page.goto('/worker/skills');
  const row = page
    .getByRole('region', { name: 'Mijn vaardigheden' })
    .getByRole('row', { name: new RegExp(firstSkill) });
  await expect(row.getByRole('combobox', { name: `Niveau van ${firstSkill}` })).toHaveValue('2');
});

test('a skill without a Dutch label is offered under its English label, marked as English', async ({ page }) => {
  await login(page, worker);
  await expect(page).toHaveURL(/\/worker$/);
  await page.goto('/worker/skills');
  const combobox = page.getByRole('combobox', { name: 'Vaardigheid zoeken' });
  await combobox.focus();
  await page.keyboard.type('cleanroom suit');
  // The demo seeds ESCO's "wear cleanroom suit" with its English label only, as ESCO has no Dutch one.
  const option = page
    .getByRole('listbox', { name: 'Vaardigheid zoeken' })
    .getByRole('option', { name: /^wear cleanroom suit \(Engels\)/ });
  await expect(option).toBeVisible();
  await expect(option.locator('[lang="en"]')).toHaveText('wear cleanroom suit');
  await expectAccessible(page);
});
