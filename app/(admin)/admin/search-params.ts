import { z } from 'zod';
import { pageParam } from '~/app/_lib/page-param';
import { roleValues } from '~/db/schema/enums';
import { singleLineText } from '~/server/lib/input';

/**
 * The admin page's URL: which accounts to show and which pages of both lists. Anything the
 * API would refuse is dropped rather than shown as an error: it came from a link or a typo.
 */
export const adminSearchParams = z.object({
  q: singleLineText({ max: 100 }).optional().catch(undefined),
  role: z.enum(roleValues).optional().catch(undefined),
  status: z.enum(['enabled', 'disabled']).optional().catch(undefined),
  region: z.uuid().optional().catch(undefined),
  page: pageParam,
  regionPage: pageParam,
});
export type AdminSearchParams = z.infer<typeof adminSearchParams>;

/** The parameters as the pagers keep them in their links. */
export function asLinkParams(params: AdminSearchParams): Record<string, string | undefined> {
  return {
    q: params.q || undefined,
    role: params.role,
    status: params.status,
    region: params.region,
    page: params.page > 1 ? String(params.page) : undefined,
    regionPage: params.regionPage > 1 ? String(params.regionPage) : undefined,
  };
}
