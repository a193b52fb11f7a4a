import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

/** A page of the vacancy pages on a phone: no sideways scrolling, nothing for axe to find. */
async function expectUsable(page: Page) {
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
}

const vacancyRows = (page: Page) => page.getByRole('table', { name: 'Uw vacatures' }).getByRole('row');

test('an employer manages vacancies on a phone: filter, close with a confirmation, preview, edit, import', async ({
  page,
}) => {
  // The demo employer's own vacancies: never among the demo worker's matches, which another test closes from.
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.getByRole('link', { name: 'Alle vacatures' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /^Vacatures van / })).toBeVisible();
  await expectUsable(page);

  // Close the last open vacancy of the first page: confirmed first, then shown at once.
  await page.getByRole('link', { name: /^Open \(\d+\)$/ }).tap();
  await expect(page).toHaveURL(/status=open$/);
  const row = vacancyRows(page).last();
  const close = row.getByRole('button', { name: /^Sluiten: / });
  const title = (await close.getAttribute('aria-label'))!.replace('Sluiten: ', '');
  await close.tap();
  await expect(row.getByText(`“${title}” sluiten?`)).toBeVisible();
  await expectUsable(page);
  await row.getByRole('button', { name: 'Ja, sluiten' }).tap();
  await expect(page.getByRole('status').filter({ hasText: `“${title}” is gesloten` })).toBeVisible();

  // It is among the closed ones now, and can be reopened.
  await page.getByRole('link', { name: /^Gesloten \(\d+\)$/ }).tap();
  await expect(page).toHaveURL(/status=closed$/);
  const closed = vacancyRows(page).filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
  await expect(closed.first()).toContainText('Gesloten');
  await expect(closed.first().getByRole('button', { name: `Heropenen: ${title}` })).toBeVisible();
  await expectUsable(page);

  // The preview of a draft, and its edit form.
  await page.getByRole('link', { name: /^Concept \(\d+\)$/ }).tap();
  await expect(page).toHaveURL(/status=draft$/);
  const draft = vacancyRows(page).nth(1);
  await draft.getByRole('link', { name: /^Voorbeeld: / }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /^Voorbeeld: / })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'In de zoekresultaten' }).getByRole('heading', { level: 3 }),
  ).toBeVisible();
  await expectUsable(page);
  await page.goBack();
  await expect(page).toHaveURL(/status=draft$/);
  await vacancyRows(page)
    .nth(1)
    .getByRole('link', { name: /^Bewerken: / })
    .tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Vacature bewerken' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publiceren' })).toBeVisible();
  await expectUsable(page);

  // The import page, with the report of a wrong file.
  await page.goto('/employer/vacancies/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures importeren uit een CSV-bestand' })).toBeVisible();
  await expectUsable(page);
  await page.getByLabel('CSV-bestand *').setInputFiles({
    name: 'fout.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Referentie;Titel;Uren;Contract;Postcode\nM-1;Lasser;honderd;vast;5701\n', 'utf8'),
  });
  await page.getByRole('button', { name: 'Importeren' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Er is niets geïmporteerd' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Problemen in het bestand' }).getByRole('row')).toHaveCount(2);
  await expectUsable(page);
  await page.getByRole('link', { name: 'Welke kolommen het bestand kan hebben' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Kolommen van een vacaturebestand' })).toBeVisible();
  await expectUsable(page);
});
