import { expect, test, type Page } from '@playwright/test';
import { employers } from '~/db/seed/data';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { employerAccountEmail } from '~/db/seed/demo-employers';
import { expectAccessible, login } from './helpers';

const run = Date.now().toString(36);

/** A day as the Dutch pages write it (5 dec 2026), in the Netherlands' time zone. */
const dutchDate = (at: Date) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(at);
/** The demo region's priority window: five days from publication. */
const windowEnd = () => dutchDate(new Date(Date.now() + 5 * 86_400_000));
const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
};

const vacancyRows = (page: Page) => page.getByRole('table', { name: 'Uw vacatures' }).getByRole('row');

test('an employer copies a vacancy, edits the copy, previews it, publishes it and sees its priority window', async ({
  page,
}) => {
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.getByRole('link', { name: /^Open \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/employer\/vacancies\?status=open$/);
  await expect(page.getByRole('link', { name: /^Open \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
  await expect(vacancyRows(page).nth(1)).toBeVisible();
  await expectAccessible(page);

  // Copy one of the seed's open vacancies (the oldest on the page but one: newer ones come from
  // other tests, and the phone test closes the oldest): the copy is a draft, in the edit form.
  const rows = await vacancyRows(page).count();
  const copy = vacancyRows(page)
    .nth(rows - 2)
    .getByRole('button', { name: /^Kopiëren: / });
  const original = (await copy.getAttribute('aria-label'))!.replace('Kopiëren: ', '');
  await copy.click();
  await expect(page).toHaveURL(/\/employer\/vacancies\/[0-9a-f-]+\/edit\?copied=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Vacature bewerken' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Dit is een kopie, opgeslagen als concept.' })).toBeVisible();
  await expect(page.getByLabel('Functietitel *')).toHaveValue(original);
  const skills = page.getByRole('region', { name: 'Gevraagde vaardigheden' }).getByRole('row');
  await expect(skills.nth(1)).toBeVisible();
  const skillRows = await skills.count();
  await expectAccessible(page);

  // Edit the copy: another title, other hours, one skill fewer; keep it a draft.
  const title = `${original} (Helmond ${run})`;
  await page.getByLabel('Functietitel *').fill(title);
  await page.getByLabel('Minimaal uren per week *').fill('24');
  await page.getByLabel('Maximaal uren per week *').fill('32');
  const removed = (await skills.nth(1).getByRole('rowheader').textContent())!;
  await skills
    .nth(1)
    .getByRole('button', { name: /^Verwijderen: / })
    .click();
  await expect(skills).toHaveCount(skillRows - 1);
  await page.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(page).toHaveURL(/\/employer\/vacancies\?vacancy=[0-9a-f-]+&done=updated$/);
  await expect(
    page.getByRole('status').filter({ hasText: `De wijzigingen in “${title}” zijn opgeslagen.` }),
  ).toBeVisible();
  const row = vacancyRows(page).filter({ hasText: title });
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toContainText('Concept');
  await expect(row).toContainText('24–32');
  await row.getByRole('link', { name: `Bewerken: ${title}` }).click();
  await expect(page.getByRole('region', { name: 'Gevraagde vaardigheden' }).getByRole('row')).toHaveCount(
    skillRows - 1,
  );
  await expect(page.getByRole('rowheader', { name: removed, exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Maximaal uren per week *')).toHaveValue('32');
  await page.goBack();
  await expect(page).toHaveURL(/done=updated$/);

  // Preview: the search result and the match card workers will see.
  await row.getByRole('link', { name: `Voorbeeld: ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Voorbeeld: ${title}` })).toBeVisible();
  const search = page.getByRole('region', { name: 'In de zoekresultaten' });
  await expect(search.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await expect(search.getByText('24–32 uur per week')).toBeVisible();
  const matches = page.getByRole('region', { name: 'In de matches van een werknemer' });
  await expect(matches.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await expect(page.getByTestId('preview-audience')).toHaveText(
    'Dit is een concept: werknemers zien de vacature pas als u die publiceert.',
  );
  await expectAccessible(page);

  // Publish from the preview: at once only the region's at-risk workers see it, for five days.
  await page.getByRole('button', { name: `Publiceren: ${title}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${title}” is gepubliceerd.` })).toBeVisible();
  await expect(page.getByTestId('preview-audience')).toHaveText(
    `Tot ${windowEnd()} zien alleen werknemers met ontslagrisico in de regio deze vacature; daarna iedereen met wie de regio vacatures deelt.`,
  );
  await expect(page.getByRole('button', { name: `Sluiten: ${title}` })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Terug naar de vacatures' }).click();
  await expect(page).toHaveURL(/\/employer\/vacancies$/);
  await page.getByRole('link', { name: /^Open \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/employer\/vacancies\?status=open$/);
  const published = vacancyRows(page).filter({ hasText: title });
  await expect(published).toContainText('Open');
  await expect(published).toContainText(`Tot ${windowEnd()} alleen voor werknemers met ontslagrisico in de regio`);

  // The same in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Vacancies of / })).toBeVisible();
  const englishWindowEnd = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(Date.now() + 5 * 86_400_000));
  await expect(
    page.getByRole('table', { name: 'Your vacancies' }).getByRole('row').filter({ hasText: title }),
  ).toContainText(`Only at-risk workers of the region see it until ${englishWindowEnd}`);
  await expectAccessible(page);
});

test('an employer imports vacancies from a CSV file: a wrong file is reported, the right one imported once', async ({
  page,
}) => {
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.goto('/employer/vacancies');
  await page.getByRole('link', { name: 'Vacatures importeren (CSV)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures importeren uit een CSV-bestand' })).toBeVisible();
  await expectAccessible(page);

  // The sample file and the column description.
  const sample = await page.request.get('/employer/vacancies/import/vacancies.csv');
  expect(sample.headers()['content-type']).toContain('text/csv');
  expect(await sample.text()).toMatch(/^Referentie;Titel;Beroep;Uren;Contract;Postcode/);
  await page.getByRole('link', { name: 'Welke kolommen het bestand kan hebben' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kolommen van een vacaturebestand' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Kenmerk/ })).toContainText('referentie');
  await expect(page.getByRole('row', { name: /^Kenmerk/ })).toContainText('Ja');
  await expect(page.getByRole('row', { name: /^Omschrijving/ })).toContainText('Nee');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Terug naar importeren' }).click();

  const upload = async (name: string, lines: string[]) => {
    await page.getByLabel('CSV-bestand *').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n'), 'utf8'),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
  };

  // A wrong file: every problem by line and column, and nothing imported.
  await upload('vacatures-fout.csv', [
    'Referentie;Titel;Beroep;Uren;Contract;Postcode',
    `F-${run}-1;Lasser ${run};Lasser;veertig;vast;5701`,
    `F-${run}-2;Monteur ${run};Laser;40;vast;0000`,
    `F-${run}-1;Elektromonteur ${run};;36;vast;5504`,
  ]);
  await expect(page.getByRole('heading', { level: 2, name: 'Er is niets geïmporteerd' })).toBeFocused();
  await expect(page.getByText('Het bestand heeft 4 problemen.')).toBeVisible();
  const issues = page.getByRole('table', { name: 'Problemen in het bestand' });
  await expect(issues.getByRole('row', { name: /^2 Uren/ })).toContainText('must be hours per week');
  await expect(issues.getByRole('row', { name: /^3 Beroep/ })).toContainText('"Laser" is not an occupation');
  await expect(issues.getByRole('row', { name: /^3 Postcode/ })).toContainText('is not a Dutch postcode');
  await expect(issues.getByRole('row', { name: /^4 Referentie/ })).toContainText('also on line 2');
  await expectAccessible(page);

  // The right file, published at once.
  const right = [
    'Referentie;Titel;Beroep;Uren;Contract;Postcode;Plaats;Sluitingsdatum;Vaardigheden',
    `E2E-${run}-1;Lasser constructie ${run};Lasser;40;vast;5701;Helmond;${inDays(30)};MIG/MAG-lassen`,
    `E2E-${run}-2;CNC-verspaner ${run};7223.4;32-40;tijdelijk;5627;Eindhoven;;`,
  ];
  await page.getByLabel('Meteen publiceren').check();
  await upload('vacatures.csv', right);
  await expect(page.getByRole('heading', { level: 2, name: 'Import geslaagd' })).toBeFocused();
  await expect(page.getByText('2 vacatures aangemaakt en gepubliceerd.')).toBeVisible();
  const created = page.getByRole('table', { name: 'Aangemaakt' });
  await expect(created.getByRole('row', { name: new RegExp(`Lasser constructie ${run}`) })).toContainText(
    `E2E-${run}-1`,
  );
  await expect(created.getByRole('row')).toHaveCount(3);
  await expectAccessible(page);

  // The same file again: nothing new.
  await upload('vacatures.csv', right);
  await expect(page.getByText('Er zijn geen nieuwe vacatures aangemaakt.')).toBeVisible();
  await expect(page.getByText('2 regels waren al eerder geïmporteerd en zijn ongewijzigd gelaten.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Al eerder geïmporteerd' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('table', { name: 'Aangemaakt' })).toHaveCount(0);

  // In the list: once each, published, with their priority window; nothing of the wrong file.
  await page.getByRole('link', { name: 'Naar uw open vacatures' }).click();
  await expect(vacancyRows(page).filter({ hasText: `Lasser constructie ${run}` })).toHaveCount(1);
  await expect(vacancyRows(page).filter({ hasText: `Lasser constructie ${run}` })).toContainText(
    `Kenmerk E2E-${run}-1`,
  );
  await expect(vacancyRows(page).filter({ hasText: `CNC-verspaner ${run}` })).toContainText(
    `Tot ${windowEnd()} alleen voor werknemers met ontslagrisico in de regio`,
  );
  await page.goto('/employer/vacancies');
  await expect(vacancyRows(page).filter({ hasText: `Monteur ${run}` })).toHaveCount(0);
});

test('a vacancy the employer closes vanishes from the matches of a worker who had it', async ({ browser }) => {
  const worker = await (await browser.newContext()).newPage();
  await login(worker, demoAccounts.worker);
  await expect(worker).toHaveURL(/\/worker$/);
  await worker.goto('/worker/matches');
  const card = worker.locator('.match-list > li').first();
  await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
  const title = (await card.getByRole('heading', { level: 2 }).textContent())!;
  const [organisation, city, contract] = (await card.locator('.match-meta').textContent())!.split(' · ');
  const firm = employers.find((e) => e.name === organisation);
  expect(firm, `a demo firm named ${organisation}`).toBeDefined();
  const sameVacancy = worker
    .locator('.match-list > li')
    .filter({ has: worker.getByRole('heading', { level: 2, name: title, exact: true }) })
    .filter({ hasText: `${organisation} · ${city} · ${contract}` });
  await expect(sameVacancy).not.toHaveCount(0);

  // The firm's HR closes it (every open vacancy of theirs that looks the same, so it is surely the one).
  const hr = await (await browser.newContext()).newPage();
  await login(hr, employerAccountEmail(firm!.key));
  await expect(hr).toHaveURL(/\/employer$/);
  await hr.goto('/employer/vacancies?status=open');
  const candidates = vacancyRows(hr)
    .filter({ has: hr.getByRole('rowheader', { name: title, exact: true }) })
    .filter({ hasText: city! })
    .filter({ hasText: contract! });
  const count = await candidates.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    // Closed rows leave the open list once the page has reloaded, so the first one is always next.
    const next = candidates.first();
    await next.getByRole('button', { name: `Sluiten: ${title}` }).click();
    await expect(next.getByText(`“${title}” sluiten? De vacature verdwijnt meteen`)).toBeVisible();
    await expectAccessible(hr);
    await next.getByRole('button', { name: 'Ja, sluiten' }).click();
    await expect(hr.getByRole('status').filter({ hasText: `“${title}” is gesloten` })).toBeVisible();
    await expect(candidates).toHaveCount(count - i - 1);
  }

  await worker.reload();
  await expect(worker.getByRole('heading', { level: 1, name: 'Vacatures die bij je passen' })).toBeVisible();
  await expect(worker.locator('.match-list > li').first()).toBeVisible();
  await expect(sameVacancy).toHaveCount(0);
});
