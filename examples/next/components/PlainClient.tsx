'use client';

import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

function Status() {
  const { data } = useQuery({ queryKey: ['plain'], queryFn: () => 'ready', staleTime: Infinity });
  return <p role="status">{data ?? '…'}</p>;
}

export function PlainClient() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Status />
    </QueryClientProvider>
  );
}
