import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

test('an employer posts a vacancy: picks an occupation, accepts its proposed skills and finds it in their list', async ({
  page,
}) => {
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.getByRole('link', { name: 'Nieuwe vacature plaatsen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' })).toBeVisible();
  await expectAccessible(page);

  // Nothing filled in: the server's validation message is shown, at the field too.
  await page.getByRole('button', { name: 'Vacature plaatsen' }).click();
  // Scoped to the form's error summary: Next's route announcer is an (unrelated) alert too.
  const summary = page
    .getByRole('alert')
    .filter({ hasText: 'De vacature is nog niet geplaatst. Controleer deze velden:' });
  await expect(summary).toContainText('Functietitel: title needs at least 3 characters');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Functietitel *')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  const title = `Lasser constructiewerk ${Date.now().toString(36)}`;
  await page.getByLabel('Functietitel *').fill(title);
  await page.getByLabel('Omschrijving').fill('Lassen van frames voor de machinebouw, in dagdienst.');

  const occupation = page.getByRole('combobox', { name: 'Beroep zoeken' });
  await occupation.fill('lasser');
  await page.getByRole('option', { name: /^Lasser/ }).click();
  await expect(occupation).toHaveValue('Lasser');

  const proposals = page.getByRole('region', { name: 'Voorgestelde vaardigheden voor Lasser' });
  await expect(proposals.getByRole('listitem').first()).toBeVisible();
  const proposed = await proposals.getByRole('listitem').count();
  await proposals.getByRole('button', { name: 'Alle voorgestelde vaardigheden overnemen' }).click();
  const skills = page.getByRole('region', { name: 'Gevraagde vaardigheden' });
  await expect(skills.getByRole('row')).toHaveCount(proposed + 1);
  await expect(skills.getByRole('row').nth(1).getByRole('combobox').first()).toHaveValue('required');

  // Edit: one more skill through the combobox (a typo again), and one proposed skill removed.
  const extra = page.getByRole('combobox', { name: 'Extra vaardigheid toevoegen' });
  await extra.fill('excell');
  await page.getByRole('option', { name: 'Excel', exact: true }).click();
  await expect(extra).toHaveValue('');
  await expect(skills.getByRole('row', { name: /^Excel/ })).toBeVisible();
  await skills
    .getByRole('row')
    .nth(1)
    .getByRole('button', { name: /^Verwijderen/ })
    .click();
  await expect(skills.getByRole('row')).toHaveCount(proposed + 1);

  await expect(page.getByLabel('Werkplek *')).toHaveValue('own');
  await page.getByLabel('Contractvorm *').selectOption('fixed_term');
  await page.getByRole('button', { name: 'Vacature plaatsen' }).click();

  await expect(page).toHaveURL(/\/employer\/vacancies\?vacancy=[0-9a-f-]+&done=created$/);
  await expect(page.getByRole('status').filter({ hasText: `De vacature “${title}” is geplaatst.` })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Lasser');
  await expect(row).toContainText('Bepaalde tijd');
  await expectAccessible(page);
});
