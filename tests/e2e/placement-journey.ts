/**
 * The second half of the transition journey in one go, as the people involved live it (issue 11):
 * the second demo firm (firm B) looks through its vacancy's anonymised candidates; a worker of
 * the demo employer (firm A) who withdraws consent disappears from them; B finds another of A's
 * at-risk workers there, opens the candidate and invites them; the worker sees the invitation in
 * the bell and accepts; B now sees who it is and carries the introduction through a meeting and
 * a trial to a hire; the placement shows for B, for firm A among its announcement's people, for
 * the region's coordinator and on the worker's home; and the worker downloads their data and sees
 * B in "who looked at my profile". Each part is tested on its own in its spec; this one checks
 * that they connect. Played on a desktop (placement-journey.spec.ts) and on a phone
 * (placement-journey.mobile.spec.ts), each with people of its own.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { announcingEmployers } from '~/db/seed/demo-employers';
import { addDays, toIsoDate } from '~/server/lib/dates';
import { expectAccessible, expectNoSidewaysScrolling } from './helpers';
import { signedIn } from './onboarding';

/** A worker of firm A as the journey needs them: how to sign in, and how B recognises them. */
interface CastMember {
  email: string;
  headline: string;
}

/**
 * Who plays the journey: two at-risk workers of firm A who are visible to employers, have no
 * introduction in the demo seed and are signed in as by no other spec, and an open vacancy of
 * firm B among whose candidates each is the only one with their headline (the seed is
 * deterministic). Desktop and phone runs use different people and vacancies, as they run at once
 * against the same app and the hire fills the vacancy.
 */
export interface JourneyCast {
  found: CastMember & { name: string };
  withdrawing: CastMember;
  vacancy: string;
}

const firmB = announcingEmployers[1]!.name;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first row matching `row` on one of the pages of a paginated list, turning pages until it
 * shows (null after the last page). `ready` shows once a page's rows are there.
 */
async function findOnPages(page: Page, row: () => Locator, ready: Locator): Promise<Locator | null> {
  for (let n = 1; ; n++) {
    await expect(ready).toBeVisible();
    if (n > 1) await expect(page.getByText(new RegExp(`^Pagina ${n} van`))).toBeVisible();
    if ((await row().count()) > 0) return row().first();
    const next = page.getByRole('link', { name: /^Volgende/ });
    if ((await next.count()) === 0) return null;
    await next.first().click();
  }
}

const candidateRow = (page: Page, headline: string) => () => page.getByRole('row').filter({ hasText: headline });
/** The candidates page's count heading: it shows with the rows, which load after the page. */
const candidatesLoaded = (page: Page) => page.getByRole('heading', { level: 2, name: /^\d+ kandida(at|ten)$/ });

async function openCandidates(page: Page, vacancy: string) {
  await page.goto('/employer/vacancies?status=open');
  await page.getByRole('link', { name: `Kandidaten: ${vacancy}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Kandidaten voor “${vacancy}”` })).toBeVisible();
}

/**
 * The journey itself; on a phone every page is also checked for sideways scrolling.
 */
export async function carryToPlacement(browser: Browser, cast: JourneyCast, { phone }: { phone: boolean }) {
  const { found, withdrawing, vacancy } = cast;
  const check = async (page: Page) => {
    await expectAccessible(page);
    if (phone) await expectNoSidewaysScrolling(page);
  };
  const run = Date.now().toString(36);
  const invitation = `Wij zoeken iemand met uw technische achtergrond voor ons schoonmaakteam (${run}). Zullen we kennismaken?`;
  const contexts: BrowserContext[] = [];
  const as = async (email: string, portal: RegExp) => {
    const { context, page } = await signedIn(browser, email, portal);
    contexts.push(context);
    return page;
  };
  try {
    // 1. B's HR officer looks through the vacancy's candidates: a pseudonym and a headline, no name.
    const b = await as(demoAccounts.otherEmployer, /\/employer$/);
    await openCandidates(b, vacancy);
    await check(b);

    // 2. A colleague of the worker withdraws consent to be found, and leaves B's candidates.
    expect(await findOnPages(b, candidateRow(b, withdrawing.headline), candidatesLoaded(b))).not.toBeNull();
    const colleague = await as(withdrawing.email, /\/worker$/);
    await colleague.getByRole('link', { name: 'Zichtbaarheid wijzigen' }).click();
    await expect(colleague.getByRole('heading', { level: 1, name: 'Zichtbaarheid' })).toBeVisible();
    await check(colleague);
    await colleague.getByRole('radio', { name: /^Niet zichtbaar/ }).check();
    await colleague.getByRole('button', { name: 'Keuze opslaan' }).click();
    await expect(colleague.getByText('Opgeslagen: werkgevers zien je profiel niet meer.')).toBeVisible();
    await openCandidates(b, vacancy);
    expect(await findOnPages(b, candidateRow(b, withdrawing.headline), candidatesLoaded(b))).toBeNull();

    // 3. B finds the worker among the candidates and opens them.
    await openCandidates(b, vacancy);
    const row = await findOnPages(b, candidateRow(b, found.headline), candidatesLoaded(b));
    expect(row, `${found.headline} among the candidates of ${vacancy}`).not.toBeNull();
    await expect(row!.getByRole('rowheader')).toContainText(/Kandidaat K-[0-9A-Z]{5}/);
    await expect(row!).not.toContainText(found.name);
    const link = row!.getByRole('link', { name: /^Bekijk het profiel van kandidaat K-/ });
    const code = (await link.getAttribute('aria-label'))!.replace('Bekijk het profiel van kandidaat ', '');

    // 4. B opens the candidate (anonymised, the view is logged) and invites them with a message.
    await link.click();
    await expect(b.getByRole('heading', { level: 1, name: `Kandidaat ${code}` })).toBeVisible();
    await expect(b.getByText(/Het openen van dit profiel wordt vastgelegd/)).toBeVisible();
    await expect(b.getByText(found.name)).toHaveCount(0);
    await check(b);
    await b.getByLabel('Bericht aan de kandidaat').fill(invitation);
    await b.getByRole('button', { name: 'Uitnodigen voor een kennismaking' }).click();
    await expect(b.getByText('De uitnodiging is verstuurd.')).toBeVisible();
    await b.getByRole('link', { name: 'Bekijken', exact: true }).click();
    await expect(b).toHaveURL(/\/employer\/introductions\/[0-9a-f-]{36}$/);
    const introductionUrl = b.url();
    await expect(b.getByText('Stap: Voorgesteld')).toBeVisible();
    await expect(b.getByText(found.name)).toHaveCount(0);
    await check(b);

    // 5. The worker sees the invitation in the bell and accepts it.
    const w = await as(found.email, /\/worker$/);
    const bell = w.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ });
    await expect(bell).toBeVisible();
    await check(w);
    await bell.click();
    await expect(w.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
    const notice = w.getByRole('table', { name: 'Meldingen' }).getByRole('link', {
      name: new RegExp(`^${escaped(firmB)} nodigt je uit voor een kennismaking over .?${vacancy}`),
    });
    await expect(notice).toBeVisible();
    await check(w);
    await notice.click();
    await expect(w).toHaveURL(/\/worker\/introductions\/[0-9a-f-]{36}$/);
    await expect(w.getByRole('region', { name: 'Bericht van de werkgever' })).toContainText(invitation);
    await check(w);
    // The same invitation waits in the list of introductions.
    await w.getByRole('link', { name: /Terug naar de voorstellen/ }).click();
    await expect(w).toHaveURL(/\/worker\/introductions$/);
    await expect(w.getByRole('link', { name: /Wacht op uw antwoord/ })).toHaveCount(1);
    await check(w);
    await w.getByRole('link', { name: /Wacht op uw antwoord/ }).click();
    await w.getByRole('button', { name: 'Voorstel accepteren' }).click();
    await expect(w.getByRole('status').filter({ hasText: 'U hebt het voorstel geaccepteerd.' })).toBeVisible();
    await expect(w.getByText('Stap: Geaccepteerd')).toBeVisible();

    // 6. B now sees who the candidate is, and moves the introduction: meeting → trial → hired.
    await b.goto(introductionUrl);
    await expect(b.getByText(found.name).first()).toBeVisible();
    await expect(b.getByRole('link', { name: found.email })).toBeVisible();
    await expect(b.getByText('Stap: Geaccepteerd')).toBeVisible();

    const today = toIsoDate(new Date());
    const save = async (label: string) => {
      await b.getByRole('button', { name: 'Stap opslaan' }).click();
      await expect(b.getByRole('status').filter({ hasText: `Opgeslagen: ${label}.` })).toBeVisible();
      await expect(b.getByText(`Stap: ${label}`)).toBeVisible();
    };
    await b.getByLabel('Stap', { exact: true }).selectOption('meeting');
    await b.getByLabel('Notitie (niet verplicht)').fill('Kennismaking op de werkvloer');
    await save('Gesprek');

    await b.getByLabel('Stap', { exact: true }).selectOption('trial');
    await b.getByLabel('Soort').selectOption('trial');
    await b.getByLabel('Begindatum').fill(today);
    await b.getByLabel('Einddatum').fill(addDays(today, 30));
    await b.getByLabel('Notitie (niet verplicht)').fill('Een maand meedraaien');
    await save('Proefplaatsing of detachering');

    await b.getByLabel('Stap', { exact: true }).selectOption('hired');
    await save('Aangenomen');
    // The placement in B's view of the introduction.
    const placement = b.getByRole('region', { name: 'Plaatsing' });
    await expect(placement).toBeVisible();
    await expect(placement).toContainText('Aangenomen');
    await check(b);

    // 7. The worker's status: placed.
    await w.goto('/worker');
    await expect(w.getByText('Geplaatst', { exact: true }).first()).toBeVisible();

    // 8. Firm A sees its worker placed among the people of its announcement.
    const a = await as(demoAccounts.employer, /\/employer$/);
    await a.goto('/employer/announcements');
    await expect(a.getByRole('heading', { level: 1 })).toBeVisible();
    const announcements = a.getByRole('table').getByRole('link');
    const count = await announcements.count();
    let person: Locator | null = null;
    for (let i = 0; i < count && !person; i++) {
      await a.goto('/employer/announcements');
      await a.getByRole('table').getByRole('link').nth(i).click();
      await expect(a).toHaveURL(/\/employer\/announcements\/[0-9a-f-]{36}$/);
      person = await findOnPages(
        a,
        () => a.getByRole('row').filter({ hasText: found.email }),
        a.getByRole('heading', { level: 2, name: 'Medewerkers van deze aankondiging' }),
      );
    }
    expect(person, `${found.email} among firm A's announced people`).not.toBeNull();
    await expect(person!).toContainText('Geplaatst');
    // Where to, as far as the worker shared it: the day and the sector, not the firm.
    await expect(person!).toContainText(/Aangenomen op .+, in de sector /);
    await expect(person!).not.toContainText(firmB);
    await check(a);

    // 9. The region's coordinator sees the placement, with the safety net still open for it.
    const coordinator = await as(demoAccounts.coordinator, /\/coordinator$/);
    await coordinator.getByTestId('tile-placements').getByRole('link').click();
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Plaatsingen in de regio' })).toBeVisible();
    // The trial before the hire is a placement of its own, listed beside it (same day, same firms).
    const placed = coordinator
      .getByRole('row')
      // To firm B into this vacancy: a row header of exactly the firm and the title (the title
      // alone may be part of another vacancy's).
      .filter({
        has: coordinator.getByRole('rowheader', { name: new RegExp(`^${escaped(firmB)}\\s*${escaped(vacancy)}$`) }),
      })
      .filter({ hasText: 'Aangenomen' })
      .first();
    await expect(placed).toBeVisible();
    await expect(placed.getByRole('button', { name: 'Overstap heropenen' })).toBeVisible();
    await check(coordinator);

    // 10. The worker downloads their data, with the introduction in it, and sees B's views.
    await w.getByRole('link', { name: 'Mijn gegevens' }).click();
    await expect(w.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
    const views = w.getByRole('table', { name: 'Wie bekeek mijn profiel' });
    await expect(views.getByRole('row').filter({ hasText: firmB })).toBeVisible();
    await check(w);
    const downloading = w.waitForEvent('download');
    await w.getByRole('button', { name: 'Download mijn gegevens' }).click();
    const download = await downloading;
    const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      account: { email: string };
      introductions: { employer: string; vacancy: string; status: string; message: string }[];
      placements: { toEmployer: string; kind: string }[];
    };
    expect(data.account.email).toBe(found.email);
    expect(data.introductions).toContainEqual(
      expect.objectContaining({ employer: firmB, vacancy: vacancy, status: 'hired', message: invitation }),
    );
    expect(data.placements).toContainEqual(expect.objectContaining({ toEmployer: firmB, kind: 'hire' }));
  } finally {
    for (const context of contexts) await context.close();
  }
}
