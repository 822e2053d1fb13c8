import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { attachmentKeys } from './attachmentKeys';
import { attachmentRoutes, parentPath, type AttachmentPage, type AttachmentParent } from './types';

export const ATTACHMENTS_PAGE_SIZE = 50;

export async function listAttachments(parent: AttachmentParent, cursor: string | null, signal?: AbortSignal): Promise<AttachmentPage> {
  return unwrap(
    await api.GET(attachmentRoutes[parent.type].list, {
      params: { path: parentPath(parent), query: { limit: ATTACHMENTS_PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

/** A parent's files, newest first, a page at a time ("Show more" asks for the next). */
export function useAttachments(parent: AttachmentParent) {
  return useInfiniteQuery({
    queryKey: attachmentKeys.list(parent),
    queryFn: ({ pageParam, signal }) => listAttachments(parent, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
}
