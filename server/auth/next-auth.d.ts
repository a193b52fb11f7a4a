import type { SessionUser } from './roles';

declare module 'next-auth' {
  interface Session {
    user: SessionUser;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** The server-side session this cookie belongs to (see sessions.ts). */
    sid?: string;
    user?: SessionUser;
  }
}
