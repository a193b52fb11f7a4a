import { z } from 'zod';
import { parseTrustProxy } from './lib/trust-proxy.mjs';

/**
 * Environment, validated once at start. Everything is optional so that a fresh clone runs with
 * `npm start` and no configuration: no DATABASE_URL means the embedded PGlite database.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// connection string')
    .optional(),
  PGLITE_DIR: z.string().default('./.data/pglite'),
  /** Seed the demo region into an empty database at start (always on for the embedded database). */
  SEED_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  NEXTAUTH_SECRET: z.string().min(16, 'NEXTAUTH_SECRET must be at least 16 characters').optional(),
  /** The app's public URL; unset, next-auth builds its URLs from each request's own host (server/auth/origin.ts). */
  NEXTAUTH_URL: z.url().optional(),
  /**
   * The reverse proxies in front of the app whose X-Forwarded-For/-Proto/-Host are believed:
   * a number of proxies, or their addresses/subnets (`10.0.0.0/8,loopback`). Unset: none, and
   * such headers from clients are removed. Read by the app's server (scripts/serve.mjs).
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      }
    }),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** smtp:// or smtps:// URL of the mail server; unset: mail is written to MAIL_DIR as .eml files. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Overstap <noreply@overstap.localhost>'),
  MAIL_DIR: z.string().default('./.data/mail'),
  MEILI_URL: z.url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  // Treat empty strings as unset: `DATABASE_URL= npm test` should mean "no server".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
