import { useMutation } from '@tanstack/react-query';
import { api, reauthReason, unwrap } from '../../api/client';
import { saveBlob } from '../../lib/download';
import { attachmentRoutes, parentPath, type Attachment, type AttachmentParent } from './types';

export interface DownloadAttachmentInput {
  parent: AttachmentParent;
  attachment: Attachment;
}

/**
 * Fetches a file with the bearer token (a plain link cannot carry it) and saves it under its name. A credential's
 * file answers 403 reauth-required without a recent re-authentication: the shared client then opens the vault's
 * re-auth dialog and retries. The blob is typed as opaque bytes, so even a saved HTML or SVG file is never rendered
 * in the app's origin.
 */
export async function downloadAttachment({ parent, attachment }: DownloadAttachmentInput): Promise<void> {
  const blob = unwrap<Blob>(
    await api.GET(attachmentRoutes[parent.type].content, {
      params: { path: { ...parentPath(parent), attachmentId: attachment.id } },
      parseAs: 'blob',
      middleware: [reauthReason(`download ${attachment.fileName}`)],
    }),
  );
  saveBlob(new Blob([blob], { type: 'application/octet-stream' }), attachment.fileName);
}

export function useDownloadAttachment() {
  return useMutation({ mutationFn: downloadAttachment });
}
