import { redirect } from 'next/navigation';
import { portalPath } from '~/server/auth/roles';
import { getServerAuthSession } from '~/server/auth/session';

/** The start page sends each user to their own portal. */
export default async function Home() {
  const session = await getServerAuthSession();
  redirect(session?.user ? portalPath[session.user.role] : '/login');
}
