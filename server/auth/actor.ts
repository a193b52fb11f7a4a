import type { SessionUser } from './roles';

/**
 * Who is asking, as every service receives it: `(db, actor, input)`. The role procedures in
 * server/api/trpc.ts narrow it, so a service for employers gets an organisation and a region
 * that are never null and never come from the caller's input.
 */
export interface WorkerActor {
  role: 'worker';
  userId: string;
  regionId: string;
}

export interface EmployerActor {
  role: 'employer';
  userId: string;
  organisationId: string;
  regionId: string;
}

export interface CoordinatorActor {
  role: 'coordinator';
  userId: string;
  regionId: string;
}

export interface AdminActor {
  role: 'admin';
  userId: string;
}

export type Actor = WorkerActor | EmployerActor | CoordinatorActor | AdminActor;

/** The actor of a signed-in user; null when the membership lacks what its role needs. */
export function actorOf(user: SessionUser): Actor | null {
  const { id: userId, role, organisationId, regionId } = user;
  switch (role) {
    case 'worker':
      return regionId ? { role, userId, regionId } : null;
    case 'employer':
      return organisationId && regionId ? { role, userId, organisationId, regionId } : null;
    case 'coordinator':
      return regionId ? { role, userId, regionId } : null;
    case 'admin':
      return { role, userId };
  }
}
