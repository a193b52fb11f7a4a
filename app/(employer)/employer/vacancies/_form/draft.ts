import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { SkillLevel } from '~/app/_components/level-select';
import { conceptLabel, type Locale } from '~/i18n/config';
import type { AppRouter } from '~/server/api/root';

export type VacancyCreateInput = inferRouterInputs<AppRouter>['vacancy']['create'];
export type VacancyFieldsInput = Omit<VacancyCreateInput, 'status'>;
export type SavedVacancy = inferRouterOutputs<AppRouter>['vacancy']['get'];
export type VacancyLocation = inferRouterOutputs<AppRouter>['vacancy']['locations'][number];
export type ContractType = VacancyCreateInput['contractType'];
export type RemotePolicy = NonNullable<VacancyCreateInput['remote']>;
export type Importance = 'required' | 'optional';

export interface DraftSkill {
  id: string;
  labelNl: string | null;
  labelEn: string | null;
  importance: Importance;
  minLevel: SkillLevel;
}

/** What the form holds: text as typed, so the server (not the browser) judges it and says what is wrong. */
export interface VacancyDraft {
  title: string;
  description: string;
  occupation: { id: string; label: string } | null;
  skills: DraftSkill[];
  hoursMin: string;
  hoursMax: string;
  contractType: ContractType;
  locationKey: string;
  remote: RemotePolicy;
  salaryMin: string;
  salaryMax: string;
  startDate: string;
  closesAt: string;
  openToRetraining: boolean;
}

export const emptyDraft: VacancyDraft = {
  title: '',
  description: '',
  occupation: null,
  skills: [],
  hoursMin: '32',
  hoursMax: '40',
  contractType: 'permanent',
  locationKey: 'own',
  remote: 'on_site',
  salaryMin: '',
  salaryMax: '',
  startDate: '',
  closesAt: '',
  openToRetraining: false,
};

/** '' stays "missing" (NaN), so the server names the field instead of the browser guessing a 0. */
const requiredNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** The draft as the fields of `vacancy.create` and `vacancy.update`; the place's coordinates come from the chosen location. */
export function toVacancyFields(draft: VacancyDraft, location: VacancyLocation): VacancyFieldsInput {
  return {
    title: draft.title,
    description: draft.description,
    occupationId: draft.occupation?.id ?? null,
    hoursMin: requiredNumber(draft.hoursMin),
    hoursMax: requiredNumber(draft.hoursMax),
    contractType: draft.contractType,
    city: location.city,
    lat: location.lat,
    lon: location.lon,
    remote: draft.remote,
    salaryMin: optionalNumber(draft.salaryMin),
    salaryMax: optionalNumber(draft.salaryMax),
    startDate: draft.startDate || null,
    closesAt: draft.closesAt || null,
    openToRetraining: draft.openToRetraining,
    skills: draft.skills.map((s) => ({ skillId: s.id, importance: s.importance, minLevel: s.minLevel })),
  };
}

/** The key of the place the edit form offers for a saved vacancy's own place. */
export const CURRENT_PLACE = 'current';

/**
 * Where a saved vacancy is, among the places the form offers: one of them when it is exactly
 * there, else its own place as an extra first choice (an imported vacancy sits at its postcode).
 */
export function locationsFor(vacancy: SavedVacancy, offered: VacancyLocation[]) {
  const same = offered.find((l) => l.city === vacancy.city && l.lat === vacancy.lat && l.lon === vacancy.lon);
  if (same) return { locations: offered, locationKey: same.key };
  const current = { key: CURRENT_PLACE, city: vacancy.city, lat: vacancy.lat, lon: vacancy.lon, address: null };
  return { locations: [current, ...offered], locationKey: CURRENT_PLACE };
}

/** A saved vacancy as the form holds it, labels in the reader's language. */
export function draftOf(vacancy: SavedVacancy, locale: Locale, locationKey: string): VacancyDraft {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    title: vacancy.title,
    description: vacancy.description,
    occupation: vacancy.occupationId
      ? { id: vacancy.occupationId, label: conceptLabel(locale, vacancy.occupationLabelNl, vacancy.occupationLabelEn) }
      : null,
    skills: vacancy.skills.map((s) => ({
      id: s.skillId,
      labelNl: s.labelNl,
      labelEn: s.labelEn,
      importance: s.importance,
      minLevel: s.minLevel as SkillLevel,
    })),
    hoursMin: String(vacancy.hoursMin),
    hoursMax: String(vacancy.hoursMax),
    contractType: vacancy.contractType,
    locationKey,
    remote: vacancy.remote,
    salaryMin: text(vacancy.salaryMin),
    salaryMax: text(vacancy.salaryMax),
    startDate: vacancy.startDate ?? '',
    closesAt: vacancy.closesAt ?? '',
    openToRetraining: vacancy.openToRetraining,
  };
}
