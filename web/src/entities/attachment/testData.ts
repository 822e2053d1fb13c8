import type { Attachment } from './types';

export const orgId = '0190f0a0-0000-7000-8000-000000000001';
export const assetId = '0190f0a0-0000-7000-8000-0000000000a1';
export const credentialId = '0190f0a0-0000-7000-8000-0000000000c1';

export function attachment(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: '0190f0a0-0000-7000-8000-0000000000f1',
    parentType: 'asset',
    parentId: assetId,
    fileName: 'rack-front.png',
    contentType: 'image/png',
    size: 12_600,
    sha256: 'ab'.repeat(32),
    width: 640,
    height: 480,
    hasThumbnail: false,
    uploadedById: 'u-1',
    uploadedByName: 'Alice Admin',
    createdAt: '2026-12-07T10:00:00Z',
    etag: '"v1"',
    ...overrides,
  };
}

/** XMLHttpRequest as the upload uses it: the test sends progress and the answer. */
export class FakeXhr {
  static instances: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  statusText = '';
  responseText = '';
  aborted = false;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.instances.push(this);
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.body = body;
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }

  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}
