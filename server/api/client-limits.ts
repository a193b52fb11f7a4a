/**
 * What the API and its browser client agree on (imported by both, so no server code here).
 *
 * Every call from the app's own client carries CLIENT_HEADER. A browser sends a custom header
 * cross-site only after a CORS preflight, which this server never grants, so a link or form on
 * another site cannot make a signed-in user's browser call the API (and write in their name).
 */
export const CLIENT_HEADER = 'x-overstap-client';
/** Most calls in one batched request. */
export const MAX_BATCH_SIZE = 10;
