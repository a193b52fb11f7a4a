import { z } from 'zod';
import { distanceBandKeys, type DistanceBand } from '~/server/lib/distance-band';
import { pageParam } from '~/app/_lib/page-param';

/** The minimum fits the filter offers. */
export const minScoreChoices = [0.5, 0.6, 0.7, 0.8] as const;

const bands = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((x) => x.split(',')))
  .transform((list) => list.filter((x): x is DistanceBand => (distanceBandKeys as readonly string[]).includes(x)))
  .catch([]);

/** The candidates page's URL: its filters as GET parameters (a filtered list can be bookmarked). Nonsense is ignored. */
export const candidateListParams = z.object({
  text: z.string().trim().max(200).optional().catch(undefined),
  minScore: z.coerce
    .number()
    .refine((n) => (minScoreChoices as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
  band: bands,
  availableBy: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  occupation: z.uuid().optional().catch(undefined),
  skill: z.uuid().optional().catch(undefined),
  page: pageParam,
});
export type CandidateListParams = z.infer<typeof candidateListParams>;

export function candidateLinkParams(p: CandidateListParams): Record<string, string | undefined> {
  return {
    text: p.text,
    minScore: p.minScore?.toString(),
    band: p.band.length ? p.band.join(',') : undefined,
    availableBy: p.availableBy,
    occupation: p.occupation,
    skill: p.skill,
  };
}
