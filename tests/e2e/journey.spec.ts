/**
 * The first half of the transition journey in one go, as the people involved live it (issue 10):
 * a new firm registers and the region's coordinator approves it; its HR officer announces a
 * redundancy and invites two workers by CSV; one of them joins from the link in the mail, sets
 * a password, consents to be found, completes the profile with the skill combobox and sees
 * matches; the HR officer sees the cohort's figures move; and when the firm whose vacancy is
 * the worker's best match closes it, it leaves the worker's matches. Each part is tested on its
 * own in its spec; this one checks that they connect.
 */
import { expect, test, type Page } from '@playwright/test';
import { employers } from '~/db/seed/data';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { employerAccountEmail } from '~/db/seed/demo-employers';
import { addMonths, toIsoDate } from '~/server/lib/dates';
import { expectAccessible, login } from './helpers';
import { waitForMail } from './mail';
import { fillRegistration, newFirm, queueEntry, reloadUntilVisible, signedIn, visitor } from './onboarding';

const PASSWORD = 'onderweg naar een nieuwe baan';

const csvOf = (rows: string[]) => Buffer.from(['naam;e-mail;functie;beroep;taal', ...rows].join('\n') + '\n', 'utf8');

const matchCards = (page: Page) => page.locator('.match-list > li');
const vacancyRows = (page: Page) => page.getByRole('table', { name: 'Uw vacatures' }).getByRole('row');

test('a new firm joins, announces a redundancy and invites by CSV; a worker onboards, completes a profile and sees matches; a closed vacancy leaves them', async ({
  browser,
}) => {
  // Four people, some twenty pages, each checked by axe: longer than the usual limit on a busy
  // machine, however fast each step is. Still only a stop for a journey that hangs.
  test.setTimeout(12 * 60_000);
  const run = Date.now().toString(36);
  const firm = newFirm(40, `Kempen Aandrijftechniek ${run} B.V.`);
  const ingrid = `ingrid.journey.${run}@example.nl`;
  const tom = `tom.journey.${run}@example.nl`;
  const hr = await visitor(browser, '198.51.100.40');
  const coordinator = await signedIn(browser, demoAccounts.coordinator, /\/coordinator$/);
  const workerContext = await browser.newContext();
  const closer = await browser.newContext();
  try {
    // 1. The firm registers from the login page and signs in: it sees only its status.
    const page = hr.page;
    await page.goto('/login');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Registreer uw organisatie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registreer uw organisatie' })).toBeVisible();
    await expectAccessible(page);
    await fillRegistration(page, firm);
    await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aanmelding ontvangen' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await login(page, firm.email, firm.password);
    await expect(page).toHaveURL(/\/employer$/);
    await expect(page.getByRole('status')).toContainText('wacht op goedkeuring');
    await expectAccessible(page);

    // 2. The coordinator approves it from the queue.
    const queue = coordinator.page;
    await expectAccessible(queue);
    await queue.goto('/coordinator/approvals');
    const entry = queueEntry(queue, firm.name);
    await expect(entry).toContainText(firm.kvk);
    await expectAccessible(queue);
    await entry.getByLabel(/^Reden of toelichting/).fill('KvK-inschrijving gecontroleerd.');
    await entry.getByRole('button', { name: `Goedkeuren: ${firm.name}` }).click();
    await expect(queue.getByRole('status')).toContainText(`${firm.name} is goedgekeurd.`);

    // 3. The firm's HR officer, now in the employer portal, announces a redundancy.
    await reloadUntilVisible(page, page.getByRole('link', { name: 'Boventalligheid aankondigen' }));
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Boventalligheid aankondigen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Boventalligheid aankondigen' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Titel van de aankondiging').fill(`Sluiting montagehal ${run}`);
    await page.getByRole('combobox', { name: 'Beroep' }).fill('monteur');
    await page.getByRole('option', { name: /^Monteur mechatronica/ }).click();
    await page.getByLabel('Aantal mensen').fill('2');
    await page.getByLabel('Verwachte datum van het vertrek').fill(addMonths(toIsoDate(new Date()), 6));
    await page.getByRole('radio', { name: 'Structureel' }).check();
    await page.getByRole('button', { name: 'Aankondiging opslaan' }).click();
    await expect(page).toHaveURL(/\/employer\/announcements\/[0-9a-f-]{36}\?done=created/);
    await expect(page.getByTestId('figure-invited')).toContainText('0');
    await expectAccessible(page);
    const announcementUrl = page.url().replace(/\?.*$/, '');

    // 4. ... and invites two of its people with a CSV file.
    await page.getByRole('link', { name: 'Medewerkers uitnodigen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Medewerkers uitnodigen/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('CSV-bestand', { exact: true }).setInputFiles({
      name: 'uitnodigingen.csv',
      mimeType: 'text/csv',
      buffer: csvOf([
        `Ingrid Visser;${ingrid};Monteur lijn 2;Monteur mechatronica;nl`,
        `Tom Bakker;${tom};Monteur lijn 3;Monteur mechatronica;nl`,
      ]),
    });
    await page.getByRole('button', { name: 'Bestand uploaden en uitnodigen' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 medewerkers zijn uitgenodigd.' })).toBeVisible();
    await page.goto(announcementUrl);
    await expect(page.getByTestId('figure-invited')).toContainText('2');
    await expect(page.getByTestId('figure-accepted')).toContainText('0');
    await expect(page.getByTestId('figure-consented')).toContainText('0');

    // 5. Ingrid opens the link in her mail, sets a password and consents to be found.
    const worker = await workerContext.newPage();
    const mail = await waitForMail(ingrid);
    await worker.goto(mail.link);
    await expect(worker.getByRole('heading', { level: 1, name: 'Welkom, Ingrid Visser' })).toBeVisible();
    await worker.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await worker.getByLabel(/^Ik heb de privacyverklaring \(versie .+\) gelezen/).check();
    await worker.getByLabel('Postcode van je woonadres').fill('5611 AB');
    await worker.getByLabel('Geboortejaar').fill('1979');
    await worker.getByLabel('Hoogst afgeronde opleiding').selectOption({ label: 'Mbo' });
    await worker.getByRole('radio', { name: 'Anoniem zichtbaar voor werkgevers in Zuidoost-Brabant' }).check();
    await expectAccessible(worker);
    await worker.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(worker).toHaveURL(/\/worker$/);
    await expectAccessible(worker);

    // 6. She completes her profile: a desired occupation with its proposed skills, and a skill of her own.
    await worker.getByRole('link', { name: 'Mijn profiel bekijken en aanvullen' }).click();
    await expect(worker.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeVisible();
    await expectAccessible(worker);
    await worker
      .getByRole('navigation', { name: 'Onderdelen van mijn profiel' })
      .getByRole('link', { name: 'Gewenste beroepen' })
      .click();
    await expect(worker.getByRole('heading', { level: 1, name: 'Gewenste beroepen' })).toBeVisible();
    await expectAccessible(worker);
    await worker.getByRole('combobox', { name: 'Beroep zoeken', exact: true }).fill('monteur');
    await worker.getByRole('option', { name: /^Monteur mechatronica/ }).click();
    await worker.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(
      worker.getByRole('status').filter({ hasText: /is toegevoegd aan je gewenste beroepen/ }),
    ).toBeVisible();
    const proposals = worker.getByRole('region', { name: /^Voorgestelde vaardigheden voor Monteur mechatronica/ });
    await proposals.getByRole('button', { name: 'Alle voorgestelde vaardigheden overnemen' }).click();
    await expect(worker.getByRole('status').filter({ hasText: /overgenomen/ })).toBeVisible();

    await worker.goto('/worker');
    await worker.getByRole('link', { name: 'Vaardigheden bewerken' }).click();
    await expect(worker.getByRole('heading', { level: 1, name: 'Mijn vaardigheden bewerken' })).toBeVisible();
    await expectAccessible(worker);
    const combobox = worker.getByRole('combobox', { name: 'Vaardigheid zoeken' });
    await combobox.fill('heftruk');
    await worker
      .getByRole('listbox', { name: 'Vaardigheid zoeken' })
      .getByRole('option', { name: /^heftruck rijden/ })
      .click();
    await expect(combobox).toHaveValue('heftruck rijden');
    await worker.getByRole('combobox', { name: 'Niveau', exact: true }).selectOption('3');
    await worker.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(worker.getByRole('status').filter({ hasText: '“heftruck rijden” is toegevoegd.' })).toBeVisible();

    // 7. She sees matches (they follow her profile through the outbox within seconds).
    await worker.goto('/worker');
    await worker.getByRole('link', { name: 'Bekijk vacatures die bij je passen' }).click();
    await expect(worker.getByRole('heading', { level: 1, name: 'Vacatures die bij je passen' })).toBeVisible();
    await reloadUntilVisible(worker, matchCards(worker).first());
    const top = matchCards(worker).first();
    await expect(top.getByText(/km van huis|op afstand werken/)).toBeVisible();
    await expectAccessible(worker);

    // 8. Her HR officer sees the cohort move: she accepted and consented; Tom is still invited.
    await page.goto(announcementUrl);
    await expect(page.getByTestId('figure-invited')).toContainText('2');
    await expect(page.getByTestId('figure-accepted')).toContainText('1');
    await expect(page.getByTestId('figure-consented')).toContainText('1');
    const cohort = page.getByRole('table', { name: 'Medewerkers van deze aankondiging' });
    await expect(cohort.getByRole('row', { name: /Ingrid Visser/ })).toContainText('Aangemeld');
    await expect(cohort.getByRole('row', { name: /Tom Bakker/ })).toContainText('Uitgenodigd');
    await expectAccessible(page);

    // 9. The firm whose vacancy is her best match closes it (every open one that looks the same,
    // so it is surely the one), and it leaves her matches.
    const title = (await top.getByRole('heading', { level: 2 }).textContent())!;
    const [organisation, city, contract] = (await top.locator('.match-meta').textContent())!.split(' · ');
    const owner = employers.find((e) => e.name === organisation);
    expect(owner, `a demo firm named ${organisation}`).toBeDefined();
    const sameVacancy = matchCards(worker)
      .filter({ has: worker.getByRole('heading', { level: 2, name: title, exact: true }) })
      .filter({ hasText: `${organisation} · ${city} · ${contract}` });
    await expect(sameVacancy).not.toHaveCount(0);

    const owners = await closer.newPage();
    await login(owners, employerAccountEmail(owner!.key));
    await expect(owners).toHaveURL(/\/employer$/);
    await owners.goto('/employer/vacancies?status=open');
    await expectAccessible(owners);
    const rows = vacancyRows(owners)
      .filter({ has: owners.getByRole('rowheader', { name: title, exact: true }) })
      .filter({ hasText: city! })
      .filter({ hasText: contract! });
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      // A closed row leaves the open list, so the first one is always the next.
      const next = rows.first();
      await next.getByRole('button', { name: `Sluiten: ${title}` }).click();
      await next.getByRole('button', { name: 'Ja, sluiten' }).click();
      await expect(owners.getByRole('status').filter({ hasText: `“${title}” is gesloten` })).toBeVisible();
      await expect(rows).toHaveCount(count - i - 1);
    }

    await worker.reload();
    await expect(worker.getByRole('heading', { level: 1, name: 'Vacatures die bij je passen' })).toBeVisible();
    await expect(sameVacancy).toHaveCount(0);
  } finally {
    await hr.context.close();
    await coordinator.context.close();
    await workerContext.close();
    await closer.close();
  }
});
