import { handleTrpcRequest } from '~/server/api/http';
import { getServerAuthSession } from '~/server/auth/session';
import { getDb } from '~/server/db';
import { clientAddress } from '~/server/lib/client-address';
import { publicOrigin } from '~/server/lib/request-origin';
import { startSearch } from '~/server/search/runtime';

const handler = (req: Request) =>
  handleTrpcRequest(req, async () => {
    const db = await getDb();
    return {
      db,
      session: await getServerAuthSession(),
      search: startSearch(db),
      request: { origin: publicOrigin(req.headers), clientAddress: clientAddress(req.headers) },
    };
  });

export { handler as GET, handler as POST };
