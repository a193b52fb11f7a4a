import 'server-only';
import { cache } from 'react';
import { createCaller } from '~/server/api/root';
import { createTRPCContext } from '~/server/api/trpc';
import { getServerAuthSession } from '~/server/auth/session';
import { getDb } from '~/server/db';
import { startSearch } from '~/server/search/runtime';

/**
 * The server-side tRPC caller for server components: same procedures, same checks, no HTTP
 * hop. Page renders only read: a page is reachable by a link from any site, so nothing that
 * writes (audit entries included) may be called from here.
 */
export const serverApi = cache(async () => {
  const db = await getDb();
  return createCaller(createTRPCContext({ db, session: await getServerAuthSession(), search: startSearch(db) }));
});
