import { accessToken, renewAccessToken } from '../../api/client';
import { ApiError, isProblemDetails } from '../../lib/problem';
import { attachmentRoutes, parentPath, type Attachment, type AttachmentParent } from './types';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface Upload<T = Attachment> {
  /** The answer (the stored file), or an ApiError with the API's problem details, or an UploadCancelled. */
  done: Promise<T>;
  /** Stops sending; `done` rejects with UploadCancelled. */
  cancel: () => void;
}

/** The person cancelled the upload (not a failure to report). */
export class UploadCancelled extends Error {
  constructor() {
    super('The upload was cancelled.');
    this.name = 'UploadCancelled';
  }
}

/** `/api/v1/orgs/{orgId}/assets/{assetId}/attachments?fileName=…` for this parent and file. */
export function uploadUrl(parent: AttachmentParent, fileName: string): string {
  const params: Record<string, string> = parentPath(parent);
  const path = attachmentRoutes[parent.type].list.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]));
  return `${path}?${new URLSearchParams({ fileName })}`;
}

function problemOf(xhr: XMLHttpRequest): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  return new ApiError(xhr.status, isProblemDetails(body) ? body : { title: xhr.statusText || null });
}

/** The parent's upload route for the file, with progress (see uploadFile). */
export function uploadAttachment(parent: AttachmentParent, file: File, onProgress: (progress: UploadProgress) => void): Upload {
  return uploadFile<Attachment>({ method: 'POST', url: uploadUrl(parent, file.name) }, file, onProgress);
}

export interface UploadTarget {
  method: 'POST' | 'PUT';
  /** The route with its query (`fileName`…). */
  url: string;
  /** More request headers (`If-Match`). */
  headers?: Record<string, string>;
}

/**
 * Sends the file's bytes as the body of an upload route through XMLHttpRequest, for its upload progress events (fetch
 * has none), with the API client's bearer token; a 401 renews the token once and sends again.
 */
export function uploadFile<T>(target: UploadTarget, file: File, onProgress: (progress: UploadProgress) => void): Upload<T> {
  let current: XMLHttpRequest | null = null;
  let cancelled = false;

  const send = (token: string | null) =>
    new Promise<XMLHttpRequest>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      current = xhr;
      xhr.open(target.method, target.url);
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      // The API checks the bytes, not the claim: the browser's guess from the extension is only a hint.
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.setRequestHeader('Accept', 'application/json');
      for (const [name, value] of Object.entries(target.headers ?? {})) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
      xhr.onload = () => resolve(xhr);
      xhr.onerror = () => reject(new Error('The upload failed: the server could not be reached.'));
      xhr.onabort = () => reject(new UploadCancelled());
      xhr.send(file);
    });

  const run = async (): Promise<T> => {
    let xhr = await send(await accessToken());
    if (xhr.status === 401 && !cancelled) {
      const token = await renewAccessToken();
      if (cancelled) throw new UploadCancelled();
      if (token) {
        onProgress({ loaded: 0, total: file.size });
        xhr = await send(token);
      }
    }
    if (xhr.status < 200 || xhr.status >= 300) throw problemOf(xhr);
    onProgress({ loaded: file.size, total: file.size });
    return JSON.parse(xhr.responseText) as T;
  };

  return {
    done: run(),
    cancel: () => {
      cancelled = true;
      current?.abort();
    },
  };
}
