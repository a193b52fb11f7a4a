import { z } from 'zod';
import { vacancyStatusValues } from '~/db/schema/enums';
import { pageParam } from '~/app/_lib/page-param';
import { vacancyOutcomes } from './after-saving';

/** The list's URL: status filter, page, and (after a form) which vacancy was just saved and how. Nonsense is ignored. */
export const vacancyListParams = z.object({
  status: z.enum(vacancyStatusValues).optional().catch(undefined),
  page: pageParam,
  vacancy: z.uuid().optional().catch(undefined),
  done: z.enum(vacancyOutcomes).optional().catch(undefined),
});
