/**
 * TanStack Query keys of this library, following the query-key-factory convention. Keys hold
 * session ids only, never a secret or a URL.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: identityKeys.all }); // every identity query
 * queryClient.getQueryData(identityKeys.session('vs_123'));
 */
export const identityKeys = {
  /** The root of every key: `['react-stripe-identity']`. */
  all: ['react-stripe-identity'] as const,
  /** Every session query. */
  sessions: () => [...identityKeys.all, 'session'] as const,
  /** One session, by id (`null` while the id is unknown; such a query never runs). */
  session: (id: string | null | undefined) => [...identityKeys.sessions(), id ?? null] as const,
};
