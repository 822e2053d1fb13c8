import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { attachmentKeys } from './attachmentKeys';
import { attachmentRoutes, parentPath, type Attachment, type AttachmentParent } from './types';

export async function getThumbnail(parent: AttachmentParent, attachmentId: string, signal?: AbortSignal): Promise<Blob> {
  const blob = unwrap<Blob>(
    await api.GET(attachmentRoutes[parent.type].thumbnail, {
      params: { path: { ...parentPath(parent), attachmentId } },
      parseAs: 'blob',
      signal,
    }),
  );
  // The server makes every thumbnail as WebP: named so, whatever the answer claimed.
  return new Blob([blob], { type: 'image/webp' });
}

/**
 * An image's thumbnail (fetched with the token: an <img> cannot send it), undefined while it loads or when there is
 * none. Off for files whose download needs a re-authentication: a page must not ask for one on opening.
 */
export function useThumbnail(parent: AttachmentParent, attachment: Attachment, enabled: boolean): Blob | undefined {
  const query = useQuery({
    queryKey: attachmentKeys.thumbnail(parent, attachment.id),
    queryFn: ({ signal }) => getThumbnail(parent, attachment.id, signal),
    enabled: enabled && attachment.hasThumbnail,
    staleTime: Infinity,
    retry: false,
  });
  return query.data;
}
