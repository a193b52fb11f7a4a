import type { approvalStatusValues, roleValues } from '~/db/schema/enums';

export type Role = (typeof roleValues)[number];
export type ApprovalStatus = (typeof approvalStatusValues)[number];

/**
 * Who is signed in, as the database says now: read on every request (see sessions.ts), never
 * only from the session cookie, so a change of role, firm or region takes effect at once.
 */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string | null;
  regionId: string | null;
  /** The employer's approval; null for other roles. */
  organisationStatus: ApprovalStatus | null;
}

/** Each role's home portal. */
export const portalPath: Record<Role, string> = {
  worker: '/worker',
  employer: '/employer',
  coordinator: '/coordinator',
  admin: '/admin',
};
