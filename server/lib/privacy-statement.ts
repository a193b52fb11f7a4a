/**
 * The privacy statement a worker accepts when joining. Its text is shown by the invitation page
 * (i18n); each accepted profile stores the version it accepted (workerProfiles.
 * privacyStatementVersion), so a new version can be asked for again. Change the version whenever
 * the statement's meaning changes.
 */
// 2026-12: the region's mobility team sees the caseload (name, employer, status, days left) and keeps notes.
// 2026-12b: the employer may pass on the current job's contract type and weekly hours; gender is optional.
export const PRIVACY_STATEMENT_VERSION = '2026-12b';
