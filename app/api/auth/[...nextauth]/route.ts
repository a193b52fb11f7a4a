import NextAuth from 'next-auth';
import { guardedSignIn } from '~/server/auth/guarded-sign-in';
import { authOptions } from '~/server/auth/options';
import { getDb } from '~/server/db';

type Context = { params: Promise<{ nextauth: string[] }> };

const nextAuth = NextAuth(authOptions) as (req: Request, context: Context) => Promise<Response>;

async function handler(req: Request, context: Context): Promise<Response> {
  const [action, provider] = (await context.params).nextauth;
  // The browser-side logger endpoint lets anyone write to the server log; the app does not use it.
  if (action === '_log') return new Response(null, { status: 404 });
  if (req.method === 'POST' && action === 'callback' && provider === 'credentials') {
    return guardedSignIn(await getDb(), req, () => nextAuth(req, context));
  }
  return nextAuth(req, context);
}

export { handler as GET, handler as POST };
