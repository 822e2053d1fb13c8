import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { attachmentKeys } from './attachmentKeys';
import { UploadCancelled, uploadAttachment } from './uploadAttachment';
import { uploadErrorMessage } from './uploadErrors';
import type { AttachmentParent } from './types';

export type UploadStatus = 'uploading' | 'done' | 'failed' | 'cancelled';

export interface UploadItem {
  key: string;
  fileName: string;
  loaded: number;
  total: number;
  status: UploadStatus;
  /** Why it failed, in words. */
  error?: string;
}

let nextKey = 0;

/**
 * The uploads started on one parent's panel: each file is sent at once with its own progress and cancel; a stored
 * file refreshes the list. Leaving the page cancels what is still being sent.
 */
export function useUploads(parent: AttachmentParent) {
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const cancels = useRef(new Map<string, () => void>());
  const { orgId, type, id } = parent;

  useEffect(() => {
    const inFlight = cancels.current;
    return () => {
      for (const cancel of inFlight.values()) cancel();
    };
  }, []);

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const start = useCallback(
    (files: readonly File[]) => {
      const target: AttachmentParent = { orgId, type, id };
      const added = files.map((file) => {
        const key = `upload-${++nextKey}`;
        const upload = uploadAttachment(target, file, ({ loaded, total }) => update(key, { loaded, total }));
        cancels.current.set(key, upload.cancel);
        upload.done
          .then(
            () => {
              update(key, { status: 'done', loaded: file.size, total: file.size });
              return queryClient.invalidateQueries({ queryKey: attachmentKeys.list(target) });
            },
            (error: unknown) =>
              update(key, { status: error instanceof UploadCancelled ? 'cancelled' : 'failed', error: uploadErrorMessage(error) }),
          )
          .finally(() => cancels.current.delete(key));
        return { key, fileName: file.name, loaded: 0, total: file.size, status: 'uploading' } satisfies UploadItem;
      });
      setItems((list) => [...list, ...added]);
    },
    [orgId, type, id, queryClient, update],
  );

  const cancel = useCallback((key: string) => cancels.current.get(key)?.(), []);
  const dismiss = useCallback((key: string) => setItems((list) => list.filter((item) => item.key !== key)), []);
  const clearFinished = useCallback(() => setItems((list) => list.filter((item) => item.status === 'uploading')), []);

  return { items, start, cancel, dismiss, clearFinished };
}
