import 'server-only';
import { TRPCError } from '@trpc/server';
import { notFound } from 'next/navigation';

/**
 * A page's read of one row named in its URL: a row that does not exist, another tenant's (which
 * the API answers the same way) or a malformed id shows the 404 page rather than an error.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) notFound();
    throw error;
  }
}
