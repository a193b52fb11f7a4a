import type { workerProfiles } from '~/db/schema';

/** The fields a worker profile needs, for a worker at risk in Eindhoven: tests add what they are about. */
export function atRiskWorkerRow(userId: string, regionId: string): typeof workerProfiles.$inferInsert {
  return {
    userId,
    regionId,
    riskStartDate: '2026-01-01',
    guidanceDeadline: '2028-01-01',
    homePostcode: '5611',
    homeCity: 'Eindhoven',
    homeLat: 51.44,
    homeLon: 5.47,
    educationLevel: 'mbo',
    birthYear: 1975,
  };
}
