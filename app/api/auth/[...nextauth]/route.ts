import NextAuth from 'next-auth';
import { checkAuthRequest } from '~/server/auth/auth-request';
import { guardedSignIn } from '~/server/auth/guarded-sign-in';
import { authOptions } from '~/server/auth/options';
import { getDb } from '~/server/db';

type Context = { params: Promise<{ nextauth: string[] }> };

const nextAuth = NextAuth(authOptions) as (req: Request, context: Context) => Promise<Response>;

async function handler(req: Request, context: Context): Promise<Response> {
  const [action, provider] = (await context.params).nextauth;
  // The browser-side logger endpoint lets anyone write to the server log; the app does not use it.
  if (action === '_log') return new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } });
  const check = await checkAuthRequest(req, action, provider);
  if (!check.ok) return check.response;
  const response =
    req.method === 'POST' && action === 'callback' && provider === 'credentials'
      ? await guardedSignIn(await getDb(), req, check.body, () => nextAuth(req, context))
      : await nextAuth(req, context);
  // Sessions, CSRF tokens and the cookies that carry them are nobody's to keep.
  response.headers.set('cache-control', 'no-store');
  return response;
}

export { handler as GET, handler as POST };
