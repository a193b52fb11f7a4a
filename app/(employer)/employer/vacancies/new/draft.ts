import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { SkillLevel } from '~/app/_components/level-select';
import type { AppRouter } from '~/server/api/root';

export type VacancyCreateInput = inferRouterInputs<AppRouter>['vacancy']['create'];
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

/** The draft as `vacancy.create` input; the place's coordinates come from the chosen location. */
export function toVacancyInput(draft: VacancyDraft, location: VacancyLocation): VacancyCreateInput {
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
