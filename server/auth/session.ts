import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { authOptions } from './options';

/** The signed-in user's session in a server component, route handler or server action. */
export const getServerAuthSession = cache(() => getServerSession(authOptions));
