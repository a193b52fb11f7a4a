'use client';

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, loggerLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useState, type ReactNode } from 'react';
import superjson from 'superjson';
import { CLIENT_HEADER, MAX_BATCH_SIZE } from '~/server/api/client-limits';
import type { AppRouter } from '~/server/api/root';
import { makeQueryClient } from './query-client';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;
function getQueryClient() {
  if (typeof window === 'undefined') return makeQueryClient(); // a fresh client per server render
  return (browserQueryClient ??= makeQueryClient());
}

/** The browser's tRPC + TanStack Query client. */
export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        loggerLink({
          enabled: (op) =>
            process.env.NODE_ENV === 'development' && op.direction === 'down' && op.result instanceof Error,
        }),
        httpBatchLink({
          url: '/api/trpc',
          transformer: superjson,
          maxItems: MAX_BATCH_SIZE,
          headers: { [CLIENT_HEADER]: 'web' },
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
