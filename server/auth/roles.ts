import type { roleValues } from '~/db/schema/enums';

export type Role = (typeof roleValues)[number];

/** Who is asking: carried in the session token and checked by every tRPC procedure. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string | null;
  regionId: string | null;
}

/** Each role's home portal. */
export const portalPath: Record<Role, string> = {
  worker: '/worker',
  employer: '/employer',
  coordinator: '/coordinator',
  admin: '/coordinator',
};
