import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '~/server/db';
import { env } from '~/server/env';
import { authenticateWithPassword, findSessionUserByEmail } from './identity';
import { safeCallbackUrl } from './callback-url';
import { buildAuthUrlsFromRequest } from './origin';
import type { SessionUser } from './roles';
import { authSecret } from './secret';
import { ACCOUNT_DISABLED } from './sign-in-errors';
import { endSession, resolveSession, SESSION_LIFETIME_SECONDS, startSession } from './sessions';

buildAuthUrlsFromRequest();

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(200) });

/** Thrown when a cookie's session has ended; next-auth then clears the cookie and the request is anonymous. */
class SessionEnded extends Error {
  constructor() {
    super('session ended');
    this.name = 'SessionEnded';
  }
}

/**
 * next-auth v4 (see README for why not v5). The cookie is a JWT naming a server-side session
 * (sessions.ts); every request resolves it against the database, so the identity it carries is
 * never older than a few seconds and an ended session is refused everywhere.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_LIFETIME_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  logger: {
    // An ended session is routine (sign-out elsewhere, disabled account): not an error to log.
    error(code, metadata) {
      const cause = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
      if (code === 'JWT_SESSION_ERROR' && cause instanceof SessionEnded) return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      if (code !== 'NEXTAUTH_URL') console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
  providers: [
    CredentialsProvider({
      name: 'E-mail',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const check = await authenticateWithPassword(await getDb(), parsed.data.email, parsed.data.password);
        if (check.ok) return check.user;
        if (check.reason === 'disabled') throw new Error(ACCOUNT_DISABLED);
        return null;
      },
    }),
    // Employer single sign-on: configured only when an OIDC issuer is set.
    ...(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
      ? [
          {
            id: 'oidc',
            name: 'SSO',
            type: 'oauth' as const,
            wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            authorization: { params: { scope: 'openid email profile' } },
            idToken: true,
            checks: ['pkce', 'state'] as ('pkce' | 'state')[],
            profile: (p: { sub: string; email: string; name?: string }) => ({
              id: p.sub,
              email: p.email,
              name: p.name ?? p.email,
            }),
          },
        ]
      : []),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== 'oidc') return true;
      return Boolean(user.email && (await findSessionUserByEmail(await getDb(), user.email)));
    },
    async jwt({ token, user, account }) {
      const db = await getDb();
      if (user) {
        // Signing in: the credentials provider returned the identity; SSO finds it by e-mail.
        const identity =
          account?.provider === 'oidc'
            ? user.email
              ? await findSessionUserByEmail(db, user.email)
              : null
            : (user as unknown as SessionUser);
        if (!identity) throw new SessionEnded();
        return { sub: identity.id, sid: await startSession(db, identity.id), user: identity };
      }
      const identity = token.sid && token.sub ? await resolveSession(db, token.sid, token.sub) : null;
      if (!identity) throw new SessionEnded();
      return { ...token, user: identity };
    },
    session({ session, token }) {
      if (token.user) session.user = token.user;
      return session;
    },
    redirect({ url, baseUrl }) {
      return safeCallbackUrl(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await endSession(await getDb(), token.sid);
    },
  },
};
