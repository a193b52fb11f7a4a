import { z } from 'zod';

/** Rows per page in every list of the portals: enough to scan, small enough for a phone. */
export const PAGE_SIZE = 25;

/** A 1-based page number as lists take it; far past the end is refused rather than scanned. */
export const pageNumber = z.int().min(1).max(10_000).default(1);

/** One page of a list, with what a pager needs to offer the others. */
export interface Page<Row> {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
}

export const offsetOf = (page: number, pageSize = PAGE_SIZE) => (page - 1) * pageSize;
