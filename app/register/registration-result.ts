/**
 * What the confirmation page says about the registration that was just made: kept in the tab's
 * sessionStorage between the form and /register/received, so the confirmation survives a
 * reload and the URL carries nothing a link from elsewhere could fill in. Without it (another
 * tab, storage off) the confirmation says the same in general words.
 */
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '~/server/api/root';

export type RegistrationResult = inferRouterOutputs<AppRouter>['organisation']['register'];

export interface ReceivedRegistration {
  organisation: string;
  region: string;
  email: string;
}

const KEY = 'overstap.registration-received';

export function rememberRegistration(result: RegistrationResult) {
  const received: ReceivedRegistration = {
    organisation: result.organisation.name,
    region: result.region.name,
    email: result.email,
  };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(received));
  } catch {
    // Storage full or switched off: the confirmation page then speaks in general words.
  }
}

/** What the tab holds about the registration just made, as stored (a string stays the same between reads). */
export function storedRegistration(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The registration just made in this tab (as `storedRegistration` gave it), or null. */
export function recalledRegistration(stored: string | null): ReceivedRegistration | null {
  try {
    const value: unknown = JSON.parse(stored ?? 'null');
    if (!value || typeof value !== 'object') return null;
    const { organisation, region, email } = value as Record<string, unknown>;
    return typeof organisation === 'string' && typeof region === 'string' && typeof email === 'string'
      ? { organisation, region, email }
      : null;
  } catch {
    return null;
  }
}
