/** What was just done to a vacancy, for the notice the list shows after a form sends the employer back. */
export const vacancyOutcomes = ['created', 'drafted', 'updated', 'published'] as const;
export type VacancyOutcome = (typeof vacancyOutcomes)[number];

/** Where a form sends the employer once a vacancy is saved: the list, with the notice and the row marked. */
export const afterSaving = (vacancyId: string, done: VacancyOutcome) =>
  `/employer/vacancies?vacancy=${vacancyId}&done=${done}`;
