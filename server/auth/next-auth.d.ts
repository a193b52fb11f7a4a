import type { SessionUser } from './roles';

declare module 'next-auth' {
  interface Session {
    user: SessionUser;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    user?: SessionUser;
  }
}
