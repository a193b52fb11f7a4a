import type { Database } from '~/db/client';
import { mailJobHandlers } from '~/server/mail/queue';
import { getMailer } from '~/server/mail/runtime';
import { notificationJobHandlers, scheduleNotificationJobs } from '~/server/notifications/delivery';
import { dashboardSnapshotJobHandlers, scheduleNightlyDashboardRefresh } from '~/server/services/dashboard-snapshots';
import { vacancyJobHandlers } from '~/server/services/vacancy-jobs';
import { scheduleClosingSweep } from '~/server/services/vacancy-schedule';
import { plannerStatisticsJobHandlers, scheduleHourlyAnalyze } from './planner-statistics';
import { startJobWorker, type JobHandler } from './queue';

/** Every kind of background job the app runs, by kind. */
export const jobHandlers: Record<string, JobHandler> = {
  ...mailJobHandlers(getMailer),
  ...vacancyJobHandlers(),
  ...notificationJobHandlers(),
  ...plannerStatisticsJobHandlers(),
  ...dashboardSnapshotJobHandlers(),
};

const globalForJobs = globalThis as unknown as { overstapJobs?: () => void };

/** The app process's job worker, started once (several app instances each run one). */
export function startJobs(db: Database): void {
  if (globalForJobs.overstapJobs) return;
  // The daily sweep queues its own successor; this queues the first one (or finds it queued).
  scheduleClosingSweep(db).catch((error: unknown) => console.error('[jobs] could not queue the closing sweep', error));
  scheduleNotificationJobs(db).catch((error: unknown) =>
    console.error('[jobs] could not queue the notification mail jobs', error),
  );
  scheduleHourlyAnalyze(db).catch((error: unknown) =>
    console.error('[jobs] could not queue the hourly planner statistics', error),
  );
  scheduleNightlyDashboardRefresh(db).catch((error: unknown) =>
    console.error('[jobs] could not queue the nightly dashboard refresh', error),
  );
  globalForJobs.overstapJobs = startJobWorker(db, jobHandlers);
}
