/**
 * The parts the demo firms play, decided by the seed data alone: which are still awaiting
 * approval, which announce redundancies, and which HR account signs in for each. The seed
 * builds the region from this, and tests find a firm's HR account here.
 */
import { employers, type SeedEmployer } from './data';
import { demoAccounts } from './demo-accounts';

/** The last two employers of the main region are still awaiting the coordinator's approval. */
export const pendingEmployerKeys: ReadonlySet<string> = new Set(
  employers
    .filter((e) => e.region === 'main')
    .slice(-2)
    .map((e) => e.key),
);

/** Six employers across different sectors announce redundancies, the largest first. */
function pickAnnouncingEmployers(candidates: readonly SeedEmployer[]): SeedEmployer[] {
  const bySize = [...candidates].sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
  const chosen: SeedEmployer[] = [];
  const sectors = new Set<string>();
  for (const e of bySize) {
    if (chosen.length === 6) break;
    if (sectors.has(e.sector)) continue;
    sectors.add(e.sector);
    chosen.push(e);
  }
  return chosen;
}

/** The approved firms of the main region that announce a redundancy; the first is the demo employer's. */
export const announcingEmployers: readonly SeedEmployer[] = pickAnnouncingEmployers(
  employers.filter((e) => e.region === 'main' && !pendingEmployerKeys.has(e.key)),
);

/** The HR account of a demo firm (password DEMO_PASSWORD): a documented demo account or `hr.<key>@overstap.demo`. */
export function employerAccountEmail(key: string): string {
  if (key === announcingEmployers[0]?.key) return demoAccounts.employer;
  if (key === announcingEmployers[1]?.key) return demoAccounts.otherEmployer;
  if (key === [...pendingEmployerKeys][0]) return demoAccounts.pendingEmployer;
  return `hr.${key}@overstap.demo`;
}
