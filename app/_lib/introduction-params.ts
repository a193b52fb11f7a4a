import { z } from 'zod';
import { introductionStatusValues } from '~/db/schema/enums';
import { pageParam } from '~/app/_lib/page-param';

/** An introductions list's URL: step filter, vacancy and page. Nonsense is ignored. */
export const introductionListParams = z.object({
  status: z.enum(introductionStatusValues).optional().catch(undefined),
  vacancy: z.uuid().optional().catch(undefined),
  page: pageParam,
});
