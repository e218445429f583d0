import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { In, Method, Out } from '../../../electron/contract';
import { api, type ApiError } from './client';

/** A read over the contract, cached by method and input. */
export function useDesk<M extends Method>(method: M, input: In<M>, options: Omit<UseQueryOptions<Out<M>, ApiError>, 'queryKey' | 'queryFn'> = {}) {
  return useQuery<Out<M>, ApiError>({ queryKey: [method, input], queryFn: () => api.call(method, input), ...options });
}

/** A write over the contract; invalidates the listed reads when it succeeds. */
export function useDeskMutation<M extends Method>(method: M, invalidates: readonly Method[] = []) {
  const qc = useQueryClient();
  return useMutation<Out<M>, ApiError, In<M>>({
    mutationFn: (input) => api.call(method, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((m) => qc.invalidateQueries({ queryKey: [m] })));
    },
  });
}
