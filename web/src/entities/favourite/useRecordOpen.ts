import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { meItemKeys } from './meItemKeys';
import type { ItemType } from './types';

/**
 * Records on the server that the person opened an item's page (their recently used items), once per opening: not on
 * re-renders, nor on React's development double effects; a new item (another id) records again. Failures are ignored:
 * a recent item is a convenience, never a reason to show an error. Idle while `id` is empty.
 */
export function useRecordOpen(type: ItemType, id: string | null | undefined) {
  const queryClient = useQueryClient();
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    const key = id ? `${type}/${id}` : null;
    if (!key || !id || recorded.current === key) return;
    recorded.current = key;
    api
      .POST('/api/v1/me/recents/{itemType}/{itemId}', { params: { path: { itemType: type, itemId: id } } })
      .then(({ response }) => {
        if (response.ok) void queryClient.invalidateQueries({ queryKey: meItemKeys.dashboard() });
      })
      .catch(() => {});
  }, [type, id, queryClient]);
}
