import { z } from 'zod';

/** A list's page number from the URL: anything that is not a sensible page is the first page. */
export const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);
