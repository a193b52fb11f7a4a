import { z } from 'zod';
import { pageParam } from '~/app/_lib/page-param';
import { caseloadActions, caseloadSorts, caseloadWindows } from '~/server/services/caseload';
import { workerStatusValues } from '~/db/schema/enums';

/** The caseload's filters from the URL: anything not understood falls back to its default. */
export const caseloadParams = z.object({
  status: z.enum(['active', 'all', ...workerStatusValues]).catch('active'),
  window: z.enum(caseloadWindows).optional().catch(undefined),
  action: z
    .enum([...caseloadActions, 'overdue'])
    .optional()
    .catch(undefined),
  query: z
    .string()
    .trim()
    .max(100)
    .transform((q) => q || undefined)
    .optional()
    .catch(undefined),
  sort: z.enum(caseloadSorts).catch('deadline'),
  direction: z.enum(['asc', 'desc']).catch('asc'),
  page: pageParam,
});

export type CaseloadParams = z.infer<typeof caseloadParams>;

/** The filters as URL parameters (defaults left out), for links and the pager. */
export function caseloadSearch(params: Omit<CaseloadParams, 'page'>): Record<string, string | undefined> {
  return {
    status: params.status === 'active' ? undefined : params.status,
    window: params.window,
    action: params.action,
    query: params.query,
    sort: params.sort === 'deadline' ? undefined : params.sort,
    direction: params.direction === 'asc' ? undefined : params.direction,
  };
}
