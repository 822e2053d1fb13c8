import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../lib/problem';
import { meItemKeys } from './meItemKeys';
import type { ItemType, MyItem } from './types';

async function listFavourites(signal?: AbortSignal): Promise<MyItem[]> {
  return unwrap(await api.GET('/api/v1/me/favourites', { signal })).items;
}

/** The signed-in person's favourites (at most 100, the whole list), stored on the server. */
export function useFavourites() {
  return useQuery({ queryKey: meItemKeys.favourites(), queryFn: ({ signal }) => listFavourites(signal), staleTime: 60_000 });
}

export interface FavouriteChange {
  type: ItemType;
  id: string;
  /** true: make it a favourite; false: remove it. */
  favourite: boolean;
}

async function changeFavourite({ type, id, favourite }: FavouriteChange): Promise<void> {
  const params = { path: { itemType: type, itemId: id } };
  if (favourite) unwrap(await api.PUT('/api/v1/me/favourites/{itemType}/{itemId}', { params, body: {} }));
  else {
    try {
      unwrap(await api.DELETE('/api/v1/me/favourites/{itemType}/{itemId}', { params }));
    } catch (error) {
      // Not a favourite any more (removed in another tab or browser): what was asked is done.
      if (!(isApiError(error) && error.status === 404)) throw error;
    }
  }
}

/** Adds or removes a favourite, then refreshes the favourites and the home dashboard. */
export function useChangeFavourite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeFavourite,
    onSettled: () => queryClient.invalidateQueries({ queryKey: meItemKeys.all }),
  });
}
