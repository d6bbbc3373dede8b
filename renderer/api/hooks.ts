import { QueryClient, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Input, MethodName } from '../../electron/contract/index';
import { ApiError, call, type ClientOutput } from './client';

/** Query keys start with the method name, so `invalidate('users.list')` refreshes every variant. */
export function queryKey<M extends MethodName>(method: M, input?: Input<M>): readonly unknown[] {
  return input === undefined ? [method] : [method, input];
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A local backend answers fast and the data changes only by this app's own mutations.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, e) => !(e instanceof ApiError && e.code !== 'network') && count < 2,
      },
      mutations: { retry: false },
    },
  });
}

type QueryOptions<M extends MethodName> = Omit<UseQueryOptions<ClientOutput<M>, ApiError>, 'queryKey' | 'queryFn'>;

export function useApiQuery<M extends MethodName>(method: M, input: Input<M>, options?: QueryOptions<M>) {
  return useQuery<ClientOutput<M>, ApiError>({
    queryKey: queryKey(method, input),
    queryFn: () => call(method, input),
    ...options,
  });
}

interface MutationOptions<M extends MethodName> {
  /** Methods whose cached results this mutation makes stale. */
  invalidates?: MethodName[];
  onSuccess?: (data: ClientOutput<M>, input: Input<M>) => void | Promise<void>;
}

export function useApiMutation<M extends MethodName>(method: M, options: MutationOptions<M> = {}) {
  const client = useQueryClient();
  return useMutation<ClientOutput<M>, ApiError, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (data, input) => {
      await Promise.all((options.invalidates ?? []).map((m) => client.invalidateQueries({ queryKey: [m] })));
      await options.onSuccess?.(data, input);
    },
  });
}
