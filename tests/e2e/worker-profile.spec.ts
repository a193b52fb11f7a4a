import { expect, test, type Page } from '@playwright/test';
import { hasStartedProfile } from '~/db/seed/demo-profiles';
import { expectAccessible, login } from './helpers';

// A demo worker no other spec signs in as, who has not filled in a work history or desired
// occupations yet (db/seed/demo-profiles.ts), and so has something to complete.
const WORKER_INDEX = 31;
const worker = `werknemer.${String(WORKER_INDEX).padStart(3, '0')}@overstap.demo`;

const meter = (page: Page) => page.getByRole('region', { name: 'Hoe compleet is je profiel?' });

/** The percentage the completeness meter says in words. */
async function percentOn(page: Page): Promise<number> {
  const text = await meter(page)
    .getByText(/^Je profiel is voor \d+% compleet\.$/)
    .textContent();
  return Number(/(\d+)%/.exec(text ?? '')![1]);
}

const items = {
  workHistory: 'Vul je werkervaring in: werkgevers lezen die als ze een kennismaking overwegen.',
  desiredOccupation:
    'Kies een beroep waarnaar je wilt overstappen: dan stellen we de vaardigheden voor die erbij horen.',
  preferences:
    'Controleer je wensen (uren, contract, reisafstand, thuiswerken, startdatum, salaris): nu gelden nog de standaardwaarden.',
};

async function openSection(page: Page, name: string, heading: string) {
  await page.getByRole('navigation', { name: 'Onderdelen van mijn profiel' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('a worker completes their profile: work history, a language, desired occupations with their skills, preferences; the meter rises and matches follow', async ({
  page,
}) => {
  expect(hasStartedProfile(WORKER_INDEX), 'the seed leaves this worker’s profile to be completed').toBe(false);
  await login(page, worker);
  await expect(page).toHaveURL(/\/worker$/);

  // The home page's meter: a percentage, and what to do, each item linking to its place.
  const before = await percentOn(page);
  for (const item of Object.values(items)) await expect(meter(page).getByRole('link', { name: item })).toBeVisible();
  await expect(meter(page).getByRole('progressbar', { name: 'Hoe compleet is je profiel?' })).toHaveAttribute(
    'value',
    String(before),
  );
  await meter(page).getByRole('link', { name: items.workHistory }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werk en opleiding' })).toBeVisible();
  await expect(page).toHaveURL(/\/worker\/profile\/work#work-history$/);
  await expectAccessible(page);

  // Work history: a job with its occupation from the taxonomy; the job title follows the occupation.
  const addJob = page.getByRole('region', { name: 'Baan toevoegen' });
  await addJob.getByLabel('Werkgever *').fill('Vlamkap Metaalwerken');
  await addJob.getByRole('combobox', { name: 'Beroep zoeken', exact: true }).fill('lasser');
  await page.getByRole('option', { name: /^Lasser/ }).click();
  await expect(addJob.getByLabel('Functie *')).toHaveValue('Lasser');
  await addJob.getByLabel('Van *').fill('2015-03-01');
  await addJob.getByLabel('Tot', { exact: true }).fill('2019-06-30');
  await addJob.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '“Lasser” is toegevoegd aan je werkervaring.' }),
  ).toBeVisible();
  const job = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Lasser', exact: true }) });
  await expect(job).toContainText('Vlamkap Metaalwerken · mrt 2015 – jun 2019');

  // Changing it: an end date before the start is refused, at that field, in Dutch.
  await job.getByRole('button', { name: 'Wijzigen: Lasser bij Vlamkap Metaalwerken' }).click();
  const editing = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Lasser bij Vlamkap Metaalwerken wijzigen' }) });
  const endDate = editing.getByLabel('Tot', { exact: true });
  await expect(editing.getByLabel('Werkgever *')).toBeFocused();
  await endDate.fill('2014-01-31');
  await editing.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(endDate).toHaveAttribute('aria-invalid', 'true');
  await expect(endDate).toBeFocused();
  await expect(endDate).toHaveAccessibleDescription(/De einddatum mag niet vóór de begindatum liggen/);
  await expectAccessible(page);
  await endDate.fill('2019-12-31');
  await editing.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Lasser” is opgeslagen.' })).toBeVisible();
  await expect(job).toContainText('mrt 2015 – dec 2019');

  // A language with its level.
  await openSection(page, 'Talen', 'Talen');
  await page.getByLabel('Taal', { exact: true }).selectOption({ label: 'Engels' });
  await page.getByLabel('Niveau', { exact: true }).selectOption({ label: 'B2 – goed' });
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Engels is toegevoegd.' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Niveau van Engels' })).toHaveValue('B2');
  await expectAccessible(page);

  // Two desired occupations, the second moved to first place, and a proposed skill taken over.
  await openSection(page, 'Gewenste beroepen', 'Gewenste beroepen');
  for (const [typed, name] of [
    ['lasser', /^Lasser/],
    ['verspaner', /^CNC-verspaner/],
  ] as const) {
    const search = page.getByRole('combobox', { name: 'Beroep zoeken', exact: true });
    await search.fill(typed);
    await page.getByRole('option', { name }).click();
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(page.getByRole('status').filter({ hasText: /is toegevoegd aan je gewenste beroepen/ })).toBeVisible();
  }
  const mine = page.getByRole('region', { name: 'Mijn gewenste beroepen' });
  await expect(mine.getByRole('heading', { level: 3 })).toHaveText([
    'Lasser',
    'Voorgestelde vaardigheden voor Lasser',
    'CNC-verspaner',
    'Voorgestelde vaardigheden voor CNC-verspaner',
  ]);
  await page.getByRole('button', { name: 'CNC-verspaner een plaats omhoog' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'CNC-verspaner staat nu op plaats 1.' })).toBeVisible();
  await expect(mine.getByRole('heading', { level: 3 }).first()).toHaveText('CNC-verspaner');

  const proposals = page.getByRole('region', { name: 'Voorgestelde vaardigheden voor CNC-verspaner' });
  const accept = proposals.getByRole('button', { name: /^Overnemen: / }).first();
  const skill = (await accept.getAttribute('aria-label'))!.replace('Overnemen: ', '');
  await accept.click();
  await expect(page.getByRole('status').filter({ hasText: '1 vaardigheid overgenomen.' })).toBeVisible();
  await expect(proposals.getByRole('button', { name: `Overnemen: ${skill}`, exact: true })).toHaveCount(0);
  await expectAccessible(page);

  // Preferences: a postcode the table does not know is refused at the field, with what to type.
  await openSection(page, 'Wensen', 'Wensen');
  await expectAccessible(page);
  const postcode = page.getByLabel('Postcode *');
  await postcode.fill('56111');
  await page.getByLabel('Minimaal aantal uur per week *').fill('24');
  await page.getByLabel('Maximaal aantal uur per week *').fill('36');
  await page.getByRole('checkbox', { name: 'Bepaalde tijd' }).check();
  await page.getByLabel('Maximale reisafstand in km *').fill('30');
  await page.getByLabel('Minimaal salaris (bruto per maand, €)').fill('2600');
  await page.getByRole('button', { name: 'Wensen opslaan' }).click();
  // Scoped to the form's error summary: Next's route announcer is an (unrelated) alert too.
  const summary = page.getByRole('alert').filter({ hasText: 'Nog niet opgeslagen' });
  await expect(summary).toContainText('Nog niet opgeslagen. Kijk deze velden na:');
  await expect(summary.getByRole('link', { name: 'Postcode' })).toBeVisible();
  await expect(postcode).toHaveAttribute('aria-invalid', 'true');
  await expect(postcode).toHaveAccessibleDescription(/Deze postcode kennen we niet\. Vul een Nederlandse postcode in/);
  await expectAccessible(page);
  await postcode.fill('5612 AB');
  await page.getByRole('button', { name: 'Wensen opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je wensen zijn opgeslagen.' })).toBeVisible();
  await expect(postcode).not.toHaveAttribute('aria-invalid');

  // The overview: every part in short; the answered items are gone and the percentage rose.
  await openSection(page, 'Overzicht', 'Mijn profiel');
  await expectAccessible(page);
  await expect(meter(page).getByRole('link', { name: items.workHistory })).toHaveCount(0);
  await expect(meter(page).getByRole('link', { name: items.desiredOccupation })).toHaveCount(0);
  await expect(meter(page).getByRole('link', { name: items.preferences })).toHaveCount(0);
  expect(await percentOn(page)).toBeGreaterThan(before);
  await expect(page.getByRole('region', { name: 'Wensen' })).toContainText('Tot 30 km vanaf 5612');
  await expect(page.getByRole('region', { name: 'Gewenste beroepen' }).getByRole('listitem')).toHaveText([
    'CNC-verspaner',
    'Lasser',
  ]);

  // Home: the same meter, the skill taken over, and vacancies that fit.
  await page.getByRole('link', { name: 'Terug naar mijn overstap' }).click();
  await expect(page).toHaveURL(/\/worker$/);
  expect(await percentOn(page)).toBeGreaterThan(before);
  await expect(page.getByRole('region', { name: 'Mijn vaardigheden' }).getByRole('row', { name: skill })).toBeVisible();
  await page.getByRole('link', { name: 'Bekijk vacatures die bij je passen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures die bij je passen' })).toBeVisible();
  await expect(page.locator('.match-list > li').first()).toBeVisible();
});

test('a worker chooses who may see their profile, and withdraws it again', async ({ page }) => {
  await login(page, 'werknemer.039@overstap.demo');
  await expect(page).toHaveURL(/\/worker$/);
  await page.getByRole('link', { name: 'Zichtbaarheid wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zichtbaarheid' })).toBeVisible();
  await expectAccessible(page);

  const neighbours = page.getByRole('radio', { name: /Ook zichtbaar voor werkgevers in de aangrenzende regio’s/ });
  await expect(neighbours).toHaveAccessibleDescription(/regio’s die aan de jouwe grenzen/);
  await neighbours.check();
  await page.getByRole('button', { name: 'Keuze opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Opgeslagen: werkgevers in je regio en de aangrenzende regio’s' }),
  ).toBeVisible();
  await page.reload();
  await expect(neighbours).toBeChecked();

  await page.getByRole('radio', { name: /^Niet zichtbaar/ }).check();
  await page.getByRole('button', { name: 'Keuze opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Opgeslagen: werkgevers zien je profiel niet meer.' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar mijn overstap' }).click();
  await expect(page.getByText('Nu: Niet zichtbaar.')).toBeVisible();
});

test('field errors are in the worker’s own language', async ({ page }) => {
  await login(page, 'werknemer.043@overstap.demo');
  await expect(page).toHaveURL(/\/worker$/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/worker/profile/preferences');
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
  const postcode = page.getByLabel('Postcode *');
  await postcode.fill('12');
  await page.getByLabel('Maximum commute in km *').fill('500');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved yet. Please check these fields:' })).toBeVisible();
  await expect(postcode).toHaveAccessibleDescription(/We do not know this postcode\./);
  await expect(page.getByLabel('Maximum commute in km *')).toHaveAccessibleDescription(
    /Enter a whole number of kilometres from 1 to 200\./,
  );
  await expectAccessible(page);
});
