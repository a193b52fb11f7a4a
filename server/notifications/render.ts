/**
 * What a notification says and where it leads, from its kind and payload: the same for the
 * page, the bell and the mail, in the reader's language (templates in i18n/messages under
 * `notifications.kinds.<kind>`).
 *
 * The payload each kind's template reads (every field optional: a missing one reads as empty):
 * - strongMatch: vacancyId, title, organisation
 * - strongCandidate, interestExpressed: vacancyId, title, candidate (the employer's pseudonym)
 * - introductionInvited: introductionId, title, organisation
 * - introductionAccepted, introductionDeclined: introductionId, title, candidate (a name once revealed)
 * - introductionWithdrawn: introductionId, title
 * - pipelineStep: introductionId, title, step (meeting, offer, trial, secondment, hired, rejected, declined, withdrawn)
 * - transitionReopened: none
 * - organisationApproved: decision (approved, rejected), reason
 */
import { portalPath, type Role } from '~/server/auth/roles';
import { notificationKindValues, type NotificationKind } from './notify';

export type NotificationPayload = Record<string, unknown>;

const text = (value: unknown, fallback = '') =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;

/** The values every template may use; selects fall back to their `other` case. */
export function templateValues(payload: NotificationPayload) {
  return {
    title: text(payload.title),
    organisation: text(payload.organisation),
    candidate: text(payload.candidate),
    step: text(payload.step, 'other'),
    decision: text(payload.decision, 'other'),
    reason: text(payload.reason),
  };
}

/** A kind the templates know; rows of an older or unknown kind read as a plain "something changed". */
export const knownKind = (kind: string): NotificationKind | 'other' =>
  (notificationKindValues as readonly string[]).includes(kind) ? (kind as NotificationKind) : 'other';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id from a payload, safe to put in a path (payloads are data, but never trusted as URLs). */
const idOf = (value: unknown) => (typeof value === 'string' && uuidPattern.test(value) ? value : null);

/** The portal page a notification leads to, for its reader's role (a path on this site). */
export function notificationHref(kind: string, payload: NotificationPayload, role: Role): string {
  const vacancyId = idOf(payload.vacancyId);
  const introductionId = idOf(payload.introductionId);
  const portal = portalPath[role];
  switch (knownKind(kind)) {
    case 'strongMatch':
      return '/worker/matches';
    case 'strongCandidate':
    case 'interestExpressed':
      // The vacancy's candidates (issue 11, part 1).
      return vacancyId ? `/employer/vacancies/${vacancyId}/candidates` : '/employer/vacancies';
    case 'introductionInvited':
    case 'introductionAccepted':
    case 'introductionDeclined':
    case 'introductionWithdrawn':
    case 'pipelineStep':
      return introductionId ? `${portal}/introductions/${introductionId}` : `${portal}/introductions`;
    case 'transitionReopened':
      return '/worker';
    case 'organisationApproved':
      return '/employer';
    case 'other':
      return portal;
  }
}
