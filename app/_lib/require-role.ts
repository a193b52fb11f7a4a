import 'server-only';
import { redirect } from 'next/navigation';
import { portalPath, type Role, type SessionUser } from '~/server/auth/roles';
import { getServerAuthSession } from '~/server/auth/session';

/** Guards a portal: no session → login; another role → that role's own portal. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const session = await getServerAuthSession();
  if (!session?.user) redirect('/login');
  if (!roles.includes(session.user.role)) redirect(portalPath[session.user.role]);
  return session.user;
}

/** Guards the employer pages that need an approved firm: any other firm sees only its status, on /employer. */
export async function requireApprovedEmployer(): Promise<SessionUser> {
  const user = await requireRole('employer');
  if (user.organisationStatus !== 'approved') redirect('/employer');
  return user;
}
