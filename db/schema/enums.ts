import { pgEnum } from 'drizzle-orm/pg-core';

// Enumerations shared across domains. Their value lists are exported so zod schemas and UI
// option lists derive from the same source.
export const roleValues = ['worker', 'employer', 'coordinator', 'admin'] as const;
export const role = pgEnum('role', roleValues);

export const approvalStatusValues = ['pending', 'approved', 'rejected', 'suspended'] as const;
export const approvalStatus = pgEnum('approval_status', approvalStatusValues);

/** Firm size as the Dutch statistics report it (CBS size classes), asked at registration instead of an exact count. */
export const sizeBandValues = ['1-9', '10-49', '50-249', '250+'] as const;
export const sizeBand = pgEnum('size_band', sizeBandValues);

/**
 * The sectors a firm registers under (the demo region's spread). Stored as text in
 * organisations.sector, not as a database enum, so a sector can be added without a migration;
 * the API accepts only these values and both languages label each of them (i18n enums.sector).
 */
export const sectorValues = [
  'high_tech_manufacturing',
  'automotive',
  'logistics',
  'healthcare',
  'ict',
  'food',
  'construction',
  'education',
  'retail',
  'business_services',
  'energy',
  'government',
] as const;

/** Contractual flexibility (policy note): permanent, fixed-term, temporary agency, on-call, secondment. */
export const contractTypeValues = ['permanent', 'fixed_term', 'temporary', 'on_call', 'secondment'] as const;
export const contractType = pgEnum('contract_type', contractTypeValues);

/** Geographic flexibility: where the work is done. */
export const remotePolicyValues = ['on_site', 'hybrid', 'remote'] as const;
export const remotePolicy = pgEnum('remote_policy', remotePolicyValues);

export const workerStatusValues = ['at_risk', 'in_transition', 'placed', 'withdrawn'] as const;
export const workerStatus = pgEnum('worker_status', workerStatusValues);

/** Dutch education levels, grouped the way labour-market statistics report them. */
export const educationLevelValues = ['primary', 'vmbo', 'mbo', 'havo_vwo', 'hbo', 'wo'] as const;
export const educationLevel = pgEnum('education_level', educationLevelValues);

export const genderValues = ['female', 'male', 'non_binary', 'undisclosed'] as const;
export const gender = pgEnum('gender', genderValues);

export const skillTypeValues = ['skill', 'knowledge', 'transversal', 'language'] as const;
export const skillType = pgEnum('skill_type', skillTypeValues);

/** Where a worker's skill claim comes from: self-declared, confirmed by the employer, or accredited prior learning (EVC). */
export const skillSourceValues = ['self', 'employer', 'accredited'] as const;
export const skillSource = pgEnum('skill_source', skillSourceValues);

export const skillRelationValues = ['essential', 'optional'] as const;
export const skillRelation = pgEnum('skill_relation', skillRelationValues);

export const skillImportanceValues = ['required', 'optional'] as const;
export const skillImportance = pgEnum('skill_importance', skillImportanceValues);

/** Job-to-job mobility helps with structural change, not with a cyclical downturn (column). */
export const redundancyReasonValues = ['structural', 'cyclical'] as const;
export const redundancyReason = pgEnum('redundancy_reason', redundancyReasonValues);

export const redundancyStatusValues = ['announced', 'in_progress', 'completed', 'cancelled'] as const;
export const redundancyStatus = pgEnum('redundancy_status', redundancyStatusValues);

export const vacancyStatusValues = ['draft', 'open', 'filled', 'closed'] as const;
export const vacancyStatus = pgEnum('vacancy_status', vacancyStatusValues);

export const introductionStatusValues = [
  'proposed', // employer invited an anonymised candidate, or worker expressed interest
  'accepted', // the worker agreed: identity is now visible to this employer
  'declined',
  'meeting',
  'offer',
  'hired',
  'trial', // trial placement / secondment (detachering)
  'withdrawn',
  'rejected',
] as const;
export const introductionStatus = pgEnum('introduction_status', introductionStatusValues);

export const introductionInitiatorValues = ['employer', 'worker'] as const;
export const introductionInitiator = pgEnum('introduction_initiator', introductionInitiatorValues);

export const placementKindValues = ['hire', 'secondment', 'trial'] as const;
export const placementKind = pgEnum('placement_kind', placementKindValues);

/** A worker's reaction to a vacancy besides interest (which is an introduction the worker starts). */
export const vacancyReactionValues = ['saved', 'hidden'] as const;
export const vacancyReaction = pgEnum('vacancy_reaction', vacancyReactionValues);

/**
 * Why a worker hid a vacancy ("not for me"). The matcher learns nothing from it yet; the
 * coordinator counts them, so they are codes, not free text.
 */
export const hideReasonValues = ['too_far', 'hours', 'contract', 'pay', 'not_my_field', 'other'] as const;
export const hideReason = pgEnum('hide_reason', hideReasonValues);

/** How a user wants notifications by e-mail: each at once, one digest a day, or not at all. */
export const notificationEmailValues = ['immediate', 'daily', 'off'] as const;
export const notificationEmail = pgEnum('notification_email', notificationEmailValues);

export const trainingModeValues = ['classroom', 'online', 'blended', 'on_the_job'] as const;
export const trainingMode = pgEnum('training_mode', trainingModeValues);

/**
 * Who pays for a training: the current employer (a social plan or transition budget), the
 * sector's training fund (O&O-fonds), the region (labour-market region or municipality), UWV,
 * or the worker.
 */
export const trainingPayerValues = ['employer', 'sector_fund', 'region', 'uwv', 'worker'] as const;
export const trainingPayer = pgEnum('training_payer', trainingPayerValues);

/** What a coordinator's dated note on a worker records: the first intake, a periodic review, or anything else. */
export const workerNoteKindValues = ['intake', 'review', 'note'] as const;
export const workerNoteKind = pgEnum('worker_note_kind', workerNoteKindValues);

export const consentScopeValues = [
  'profile_anonymous', // anonymised profile visible to employers in the region
  'cross_region', // ...and in other regions
  'introduction', // identity shared with one employer for one introduction
] as const;
export const consentScope = pgEnum('consent_scope', consentScopeValues);

export const outboxAggregateValues = ['vacancy', 'worker_profile'] as const;
export const outboxAggregate = pgEnum('outbox_aggregate', outboxAggregateValues);

export const outboxOperationValues = ['upsert', 'delete'] as const;
export const outboxOperation = pgEnum('outbox_operation', outboxOperationValues);

/**
 * Who an invitation brings in: an at-risk worker of an announcement, a colleague of the firm's HR,
 * or a coordinator of the region (invited by a coordinator of it).
 */
export const invitationKindValues = ['worker', 'colleague', 'coordinator'] as const;
export const invitationKind = pgEnum('invitation_kind', invitationKindValues);

/** Language proficiency: the Common European Framework levels, and mother tongue. */
export const languageLevelValues = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const languageLevel = pgEnum('language_level', languageLevelValues);
