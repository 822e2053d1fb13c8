import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../api/client';
import { attachmentKeys } from './attachmentKeys';
import { attachmentRoutes, parentPath, type Attachment, type AttachmentParent } from './types';

export interface DeleteAttachmentInput {
  parent: AttachmentParent;
  attachment: Attachment;
}

/** Deletes a file with the etag the list read; a 412 means it changed since. */
export async function deleteAttachment({ parent, attachment }: DeleteAttachmentInput): Promise<void> {
  unwrap(
    await api.DELETE(attachmentRoutes[parent.type].item, {
      params: { path: { ...parentPath(parent), attachmentId: attachment.id }, header: ifMatch(attachment.etag) },
    }),
  );
}

export function useDeleteAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAttachment,
    onSuccess: (_, { parent, attachment }) => {
      queryClient.removeQueries({ queryKey: attachmentKeys.thumbnail(parent, attachment.id) });
      return queryClient.invalidateQueries({ queryKey: attachmentKeys.list(parent) });
    },
  });
}
