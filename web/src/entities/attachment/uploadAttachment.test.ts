import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureAuth } from '../../api/client';
import { ApiError } from '../../lib/problem';
import { FakeXhr, assetId, attachment, credentialId, orgId } from './testData';
import { UploadCancelled, uploadAttachment, uploadUrl } from './uploadAttachment';
import { uploadErrorMessage } from './uploadErrors';

const parent = { type: 'asset', orgId, id: assetId } as const;
const file = () => new File(['0123456789'], 'notes v2.txt', { type: 'text/plain' });
const sent = async (n = 1) => {
  await vi.waitFor(() => expect(FakeXhr.instances).toHaveLength(n));
  return FakeXhr.instances[n - 1];
};

let renew: () => Promise<string | null>;
const onUnauthenticated = vi.fn();
beforeEach(() => {
  FakeXhr.instances = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  renew = () => Promise.resolve(null);
  configureAuth({ getAccessToken: () => Promise.resolve('token-1'), renew: () => renew(), onUnauthenticated });
});
afterEach(() => {
  vi.unstubAllGlobals();
  onUnauthenticated.mockReset();
});

describe('uploadUrl', () => {
  it('names the parent’s route and the file, encoded', () => {
    expect(uploadUrl(parent, 'a b&c.txt')).toBe(`/api/v1/orgs/${orgId}/assets/${assetId}/attachments?fileName=a+b%26c.txt`);
    expect(uploadUrl({ type: 'credential', orgId, id: credentialId }, 'k.pem')).toBe(
      `/api/v1/orgs/${orgId}/vault/credentials/${credentialId}/attachments?fileName=k.pem`,
    );
    expect(uploadUrl({ type: 'article', orgId, id: 'art-1' }, 'x.pdf')).toBe(`/api/v1/orgs/${orgId}/docs/articles/art-1/attachments?fileName=x.pdf`);
  });
});

describe('uploadAttachment', () => {
  it('POSTs the raw file with the bearer token, reports progress and resolves to the stored file', async () => {
    const progress = vi.fn();
    const f = file();
    const upload = uploadAttachment(parent, f, progress);
    const xhr = await sent();

    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`/api/v1/orgs/${orgId}/assets/${assetId}/attachments?fileName=notes+v2.txt`);
    expect(xhr.headers.Authorization).toBe('Bearer token-1');
    expect(xhr.headers['Content-Type']).toBe('application/octet-stream');
    expect(xhr.body).toBe(f);

    xhr.progress(4, 10);
    expect(progress).toHaveBeenLastCalledWith({ loaded: 4, total: 10 });
    xhr.respond(201, attachment({ fileName: 'notes v2.txt' }));
    await expect(upload.done).resolves.toMatchObject({ fileName: 'notes v2.txt' });
    expect(progress).toHaveBeenLastCalledWith({ loaded: 10, total: 10 });
  });

  it('rejects with the API’s problem details', async () => {
    const upload = uploadAttachment(parent, file(), () => {});
    (await sent()).respond(422, { type: 'https://clientstor.dev/problems/upload-executable', status: 422, title: 'Upload refused.', detail: 'The file is an executable (PE), whatever its name says.' });
    const error = await upload.done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect(uploadErrorMessage(error)).toBe('Programs and scripts cannot be attached. The file is an executable (PE), whatever its name says.');
  });

  it('renews the token once after a 401 and sends the file again', async () => {
    renew = () => Promise.resolve('token-2');
    const upload = uploadAttachment(parent, file(), () => {});
    (await sent()).respond(401, { status: 401, title: 'Unauthorized' });
    const retry = await sent(2);
    expect(retry.headers.Authorization).toBe('Bearer token-2');
    retry.respond(201, attachment());
    await expect(upload.done).resolves.toMatchObject({ id: attachment().id });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('sends the person to sign in when the token cannot be renewed', async () => {
    const upload = uploadAttachment(parent, file(), () => {});
    (await sent()).respond(401, { status: 401, title: 'Unauthorized' });
    await expect(upload.done).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
    expect(FakeXhr.instances).toHaveLength(1);
  });

  it('stops sending on cancel', async () => {
    const upload = uploadAttachment(parent, file(), () => {});
    const xhr = await sent();
    upload.cancel();
    expect(xhr.aborted).toBe(true);
    await expect(upload.done).rejects.toBeInstanceOf(UploadCancelled);
  });
});

describe('uploadErrorMessage', () => {
  const refused = (status: number, reason: string, detail: string) =>
    new ApiError(status, { type: `https://clientstor.dev/problems/upload-${reason}`, status, title: 'Upload refused.', detail });

  it('says what the upload guard refused, then its detail', () => {
    expect(uploadErrorMessage(refused(413, 'too-large', 'The file is 300,000,000 bytes; the limit is 268,435,456.'))).toBe(
      'The file is too large. The file is 300,000,000 bytes; the limit is 268,435,456.',
    );
    expect(uploadErrorMessage(refused(413, 'quota-exceeded', 'The organisation’s upload quota (5 bytes) would be exceeded (4 used).'))).toMatch(
      /^This client’s storage quota is used up\. The organisation’s upload quota/,
    );
    expect(uploadErrorMessage(refused(422, 'extension-not-allowed', "Files named 'a.exe' are not accepted. Allowed: .pdf."))).toBe(
      "This type of file is not accepted. Files named 'a.exe' are not accepted. Allowed: .pdf.",
    );
    expect(uploadErrorMessage(refused(422, 'infected', 'The virus scanner found Eicar-Signature.'))).toBe(
      'The virus scanner found malware in this file. The virus scanner found Eicar-Signature.',
    );
    expect(uploadErrorMessage(refused(503, 'scanner-unavailable', 'The virus scanner could not check the file (timeout); uploads are refused until it can.'))).toMatch(
      /^The virus scanner is unavailable, so uploads are refused for now\. Try again later\. The virus scanner could not check/,
    );
  });

  it('falls back on the status, then on the API’s message', () => {
    expect(uploadErrorMessage(new ApiError(413, { title: 'Payload Too Large' }))).toBe('The file is too large.');
    expect(uploadErrorMessage(new ApiError(400, { title: 'Bad Request', detail: 'fileName must be a name, not a path.' }))).toBe(
      'fileName must be a name, not a path.',
    );
    expect(uploadErrorMessage(new Error('The upload failed: the server could not be reached.'))).toBe('The upload failed: the server could not be reached.');
    expect(uploadErrorMessage(new UploadCancelled())).toBe('Cancelled.');
  });
});
