import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '~/server/api/root';

type Inputs = inferRouterInputs<AppRouter>['redundancy'];
export type AnnouncementInput = Inputs['create'];
export type Announcement = inferRouterOutputs<AppRouter>['redundancy']['get'];
export type AnnouncementDefaults = inferRouterOutputs<AppRouter>['redundancy']['formDefaults'];
export type Reason = AnnouncementInput['reason'];

export interface RoleDraft {
  /** Keeps a row's inputs its own while rows are added and removed. */
  key: number;
  occupation: { id: string; label: string } | null;
  /** The firm's own name for the role; empty: the occupation's name. */
  title: string;
  count: string;
}

/** What the form holds: text as typed, so the server judges it and says what is wrong. */
export interface AnnouncementDraft {
  title: string;
  roles: RoleDraft[];
  announcedOn: string;
  expectedDate: string;
  reason: Reason | null;
  guidanceWindowMonths: string;
}

export const emptyRole = (key: number): RoleDraft => ({ key, occupation: null, title: '', count: '1' });

export function newDraft(defaults: AnnouncementDefaults): AnnouncementDraft {
  return {
    title: '',
    roles: [emptyRole(0)],
    announcedOn: defaults.announcedOn,
    expectedDate: '',
    reason: null,
    guidanceWindowMonths: String(defaults.guidanceWindowMonths),
  };
}

/**
 * An announcement as the edit form starts: a role's title is left empty when it is just the
 * occupation's name, so it follows the occupation if that is changed.
 */
export function draftOf(
  announcement: Announcement,
  occupationLabels: Record<string, { label: string; labelNl: string | null }>,
): AnnouncementDraft {
  return {
    title: announcement.title,
    roles: announcement.roles.map((role, key) => {
      const occupation = role.occupationId ? occupationLabels[role.occupationId] : undefined;
      return {
        key,
        occupation: occupation && role.occupationId ? { id: role.occupationId, label: occupation.label } : null,
        title: occupation && role.title === occupation.labelNl ? '' : role.title,
        count: String(role.count),
      };
    }),
    announcedOn: announcement.announcedOn,
    expectedDate: announcement.expectedDate,
    reason: announcement.reason,
    guidanceWindowMonths: String(announcement.guidanceWindowMonths),
  };
}

/** '' stays "missing" (NaN), so the server names the field instead of the browser guessing a 0. */
const wholeNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The draft as the API takes it; call only when every role has an occupation and a reason is chosen. */
export function toAnnouncementInput(draft: AnnouncementDraft): AnnouncementInput {
  return {
    title: draft.title,
    roles: draft.roles.map((role) => ({
      occupationId: role.occupation!.id,
      count: wholeNumber(role.count),
      ...(role.title.trim() ? { title: role.title } : {}),
    })),
    ...(draft.announcedOn ? { announcedOn: draft.announcedOn } : {}),
    expectedDate: draft.expectedDate,
    reason: draft.reason!,
    guidanceWindowMonths: wholeNumber(draft.guidanceWindowMonths),
  };
}
