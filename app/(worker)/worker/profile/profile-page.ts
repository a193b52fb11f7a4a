import 'server-only';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { requireRole } from '~/app/_lib/require-role';

/** What every page of the profile area reads first: the worker's role checked, then the profile and its meter. */
export async function loadProfilePage() {
  await requireRole('worker');
  const [api, locale] = await Promise.all([serverApi(), getLanguage()]);
  const [me, completeness] = await Promise.all([api.worker.me(), api.worker.completeness({ locale })]);
  return { api, locale, me, completeness };
}
