import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { EmbedShell } from './embed-shell.tsx';

/** The embed, with its own QueryClient: two embeds on one page share nothing. */
export function EmbedApp() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <EmbedShell />
    </QueryClientProvider>
  );
}
