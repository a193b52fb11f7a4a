import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '~/server/api/root';
import { createTRPCContext } from '~/server/api/trpc';
import { getServerAuthSession } from '~/server/auth/session';
import { getDb } from '~/server/db';
import { startSearch } from '~/server/search/runtime';

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: async () => {
      const db = await getDb();
      return createTRPCContext({
        db,
        session: await getServerAuthSession(),
        search: startSearch(db),
        headers: req.headers,
      });
    },
    onError:
      process.env.NODE_ENV === 'development'
        ? ({ path, error }) => console.error(`tRPC failed on ${path ?? '<no-path>'}: ${error.message}`)
        : undefined,
  });

export { handler as GET, handler as POST };
