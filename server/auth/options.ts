import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '~/server/db';
import { env } from '~/server/env';
import { authenticateWithPassword, findSessionUserByEmail } from './identity';
import { authSecret } from './secret';

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(200) });

/**
 * next-auth v4 (see README for why not v5). Sessions are JWTs carrying the user's role,
 * organisation and region, so every request knows its tenancy without a lookup.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'E-mail',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        return authenticateWithPassword(await getDb(), parsed.data.email, parsed.data.password);
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
      if (user && account?.provider === 'oidc' && user.email) {
        token.user = (await findSessionUserByEmail(await getDb(), user.email)) ?? undefined;
      } else if (user) {
        token.user = user as unknown as typeof token.user;
      }
      return token;
    },
    session({ session, token }) {
      if (token.user) session.user = token.user;
      return session;
    },
  },
};
