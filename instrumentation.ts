// `npm start` asks Next.js to open, migrate and (for the demo) seed the database when the
// server starts, before the first request. Only then: `next build` loads this file too, and a
// build must never touch a database. Elsewhere (dev) the database opens on first use.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.OVERSTAP_OPEN_DB_AT_START === '1') {
    const { getDb } = await import('./server/db');
    await getDb();
  }
}
