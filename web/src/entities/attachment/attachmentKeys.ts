import type { AttachmentParent } from './types';

/** Every cached read of one parent's files sits under `parent(...)`: the list pages and the thumbnails. */
export const attachmentKeys = {
  parent: ({ orgId, type, id }: AttachmentParent) => ['attachments', orgId, type, id] as const,
  list: (parent: AttachmentParent) => [...attachmentKeys.parent(parent), 'list'] as const,
  thumbnail: (parent: AttachmentParent, attachmentId: string) => [...attachmentKeys.parent(parent), 'thumbnail', attachmentId] as const,
};
