/** The three choices a worker has about who sees their profile, as the two consent flags store them. */
export const visibilityChoices = ['hidden', 'region', 'neighbours'] as const;
export type VisibilityChoice = (typeof visibilityChoices)[number];

export interface VisibilityFlags {
  visibleToEmployers: boolean;
  openToOtherRegions: boolean;
}

export function visibilityChoiceOf(flags: VisibilityFlags): VisibilityChoice {
  if (!flags.visibleToEmployers) return 'hidden';
  return flags.openToOtherRegions ? 'neighbours' : 'region';
}

export function flagsOf(choice: VisibilityChoice): VisibilityFlags {
  return { visibleToEmployers: choice !== 'hidden', openToOtherRegions: choice === 'neighbours' };
}
