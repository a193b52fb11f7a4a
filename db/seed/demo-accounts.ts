/** Demo logins, documented in the README. One password for all of them. */
export const DEMO_PASSWORD = 'overstap-demo';

export const demoAccounts = {
  admin: 'admin@overstap.demo',
  coordinator: 'coordinator@overstap.demo',
  otherRegionCoordinator: 'coordinator.midden@overstap.demo',
  /** HR at the first employer with a redundancy announcement. */
  employer: 'werkgever@overstap.demo',
  /** HR at a second employer, which posts vacancies and has its own at-risk workers. */
  otherEmployer: 'werkgever2@overstap.demo',
  /** HR at a firm that registered and awaits the coordinator's approval: it sees only its status. */
  pendingEmployer: 'werkgever.nieuw@overstap.demo',
  /** The first at-risk worker of the first redundancy announcement. */
  worker: 'werknemer@overstap.demo',
} as const;

/**
 * An HR account disabled by the coordinator (its holder left the firm), so the account lists
 * show what a disabled account looks like. Not in `demoAccounts`: it cannot sign in.
 */
export const disabledDemoAccount = {
  email: 'hr.loopbaanhuis-brainport@overstap.demo',
  reason: 'Uit dienst bij Loopbaanhuis Brainport',
} as const;
