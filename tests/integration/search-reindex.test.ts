/**
 * `npm run search:reindex` on every backend: the index ends up holding exactly what is
 * searchable, however often it runs and whatever the index held before.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vacancies } from '~/db/schema';
import type { SearchBackend } from '~/server/search';
import { reindexAll } from '~/server/search/reindex';
import type { TestDatabase } from '~/tests/helpers/database';
import { searchFixtureOn, type createSearchFixture } from '~/tests/helpers/search-fixture';
import { searchBackends } from '~/tests/helpers/search-backends';

const backends = searchBackends('search reindex');

describe.each(backends)('reindexing $name', ({ config }) => {
  let database: TestDatabase;
  let backend: SearchBackend;
  let fixture: Awaited<ReturnType<typeof createSearchFixture>>;

  beforeAll(async () => {
    ({ database, fixture, backend } = await searchFixtureOn(config));
  });
  afterAll(() => database?.destroy());

  const titles = async () => (await backend.searchVacancies({ pageSize: 50 })).hits.map((h) => h.document.title).sort();

  it('indexes every open vacancy, and a second run changes nothing', async () => {
    const open = ['Constructiebankwerker', 'Elektricien woningbouw', 'Lasser', 'Magazijnmedewerker'];
    await reindexAll(database.db, backend);
    expect(await titles()).toEqual(open);
    await reindexAll(database.db, backend);
    expect(await titles()).toEqual(open);
  });

  it('removes a vacancy that closed since the index was built', async () => {
    await database.db
      .update(vacancies)
      .set({ status: 'closed' })
      .where(eq(vacancies.id, fixture.vacancies.warehouse.id));
    const progress: string[] = [];
    await reindexAll(database.db, backend, (what, done, total) => progress.push(`${what} ${done}/${total}`));
    expect(await titles()).toEqual(['Constructiebankwerker', 'Elektricien woningbouw', 'Lasser']);
    expect(progress.filter((p) => p.startsWith('vacancies')).at(-1)).toMatch(/^vacancies (\d+)\/\1$/);
  });
});
