import { z } from 'zod';
import { contractTypeValues, remotePolicyValues } from '~/db/schema/enums';
import { pageParam } from '~/app/_lib/page-param';

/** A repeated URL parameter (?contract=a&contract=b, or a,b as the pager writes it) as a list. */
const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((x) => x.split(',')))
    .transform((list) => list.filter((x): x is T[number] => (values as readonly string[]).includes(x)))
    .catch([]);
/** An empty form field is no filter (z.coerce would read it as 0). */
const blankless = (schema: z.ZodType) => z.preprocess((v) => (v === '' ? undefined : v), schema);
const hours = blankless(z.coerce.number().int().min(0).max(60).optional())
  .catch(undefined)
  .transform((v) => v as number | undefined);

/** The distances a worker can search within, from home. */
export const searchRadiiKm = [5, 10, 25, 50] as const;

/** The vacancy search's URL: every filter is a plain GET parameter, so a search can be bookmarked. Nonsense is ignored. */
export const vacancySearchParams = z.object({
  text: z.string().trim().max(200).optional().catch(undefined),
  isco: z.string().regex(/^\d$/).optional().catch(undefined),
  contract: many(contractTypeValues),
  remote: many(remotePolicyValues),
  hoursMin: hours,
  hoursMax: hours,
  km: blankless(
    z.coerce
      .number()
      .refine((n) => (searchRadiiKm as readonly number[]).includes(n))
      .optional(),
  )
    .catch(undefined)
    .transform((v) => v as number | undefined),
  sort: z.enum(['relevance', 'newest', 'distance']).default('relevance').catch('relevance'),
  page: pageParam,
});
export type VacancySearchParams = z.infer<typeof vacancySearchParams>;

/** The parameters as a link keeps them (Pagination adds the page). */
export function searchLinkParams(p: VacancySearchParams): Record<string, string | undefined> {
  return {
    text: p.text,
    isco: p.isco,
    hoursMin: p.hoursMin?.toString(),
    hoursMax: p.hoursMax?.toString(),
    km: p.km?.toString(),
    sort: p.sort === 'relevance' ? undefined : p.sort,
    // Several values of one parameter: hrefWith takes one, so they are joined and read back by `many`.
    ...(p.contract.length ? { contract: p.contract.join(',') } : {}),
    ...(p.remote.length ? { remote: p.remote.join(',') } : {}),
  };
}
