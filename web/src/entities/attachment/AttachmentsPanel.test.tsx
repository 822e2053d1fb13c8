import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { configureReauth } from '../../api/client';
import { globalAdminMe, json, memberMe, mockFetch, pathOf, problem, renderRoute, withMe } from '../../test/render';
import { AttachmentsPanel } from './AttachmentsPanel';
import { FakeXhr, assetId, attachment, credentialId, orgId } from './testData';
import type { Attachment, AttachmentParent } from './types';

const asset: AttachmentParent = { type: 'asset', orgId, id: assetId };
const credential: AttachmentParent = { type: 'credential', orgId, id: credentialId };
const listPath = `/api/v1/orgs/${orgId}/assets/${assetId}/attachments`;

let clicked: HTMLAnchorElement[] = [];
let saved: Blob[] = [];
const revokeObjectURL = vi.fn();
beforeEach(() => {
  FakeXhr.instances = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  clicked = [];
  saved = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return `blob:file-${saved.length}`;
  });
  revokeObjectURL.mockReset();
  URL.revokeObjectURL = revokeObjectURL;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  configureReauth(null);
});

/** The list answers `items` (a function: read at each call, so an upload can add to it). */
function serve(me: unknown, items: () => Attachment[], other: (r: Request) => Response | Promise<Response> = () => json({})) {
  const rest = withMe(me, other);
  return mockFetch((r) => (r.method === 'GET' && pathOf(r).endsWith('/attachments') ? json({ items: items(), nextCursor: null }) : rest(r)));
}

const chooseFiles = (...files: File[]) => fireEvent.change(screen.getByLabelText('Files to attach'), { target: { files } });

describe('AttachmentsPanel', () => {
  it('lists the files with type, human size, uploader and a download for each', async () => {
    serve(globalAdminMe, () => [attachment(), attachment({ id: 'f2', fileName: 'config.txt', contentType: 'text/plain', size: 900, width: null, height: null })]);
    renderRoute(<AttachmentsPanel parent={asset} />);

    const list = await screen.findByRole('list', { name: 'Attached files' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('rack-front.png');
    expect(rows[0]).toHaveTextContent('PNG image · 12.3 KB · 640×480');
    expect(rows[0]).toHaveTextContent('Alice Admin');
    expect(rows[1]).toHaveTextContent('Text · 900 bytes');
    expect(within(rows[1]).getByRole('button', { name: 'Download config.txt' })).toBeEnabled();
  });

  it('uploads several chosen files with a progress bar each and refreshes the list when stored', async () => {
    const stored: Attachment[] = [];
    const { calls } = serve(globalAdminMe, () => stored);
    renderRoute(<AttachmentsPanel parent={asset} />);
    expect(await screen.findByText('No files are attached to this asset yet.')).toBeInTheDocument();

    chooseFiles(new File(['a'.repeat(100)], 'one.txt'), new File(['b'.repeat(50)], 'two.png'));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(2));
    const [one, two] = FakeXhr.instances;
    expect(one.url).toBe(`${listPath}?fileName=one.txt`);
    expect(two.url).toBe(`${listPath}?fileName=two.png`);
    expect(one.headers.Authorization).toBe('Bearer test-token');

    one.progress(50, 100);
    expect(await screen.findByRole('progressbar', { name: 'Uploading one.txt' })).toHaveAttribute('aria-valuenow', '50');
    const lists = () => calls.filter((c) => pathOf(c) === listPath).length;
    const before = lists();

    stored.push(attachment({ id: 'n1', fileName: 'one.txt', contentType: 'text/plain', size: 100 }));
    one.respond(201, stored[0]);
    expect(await screen.findByRole('progressbar', { name: 'Uploaded one.txt' })).toHaveAttribute('aria-valuenow', '100');
    expect(await within(await screen.findByRole('list', { name: 'Attached files' })).findByText('one.txt')).toBeInTheDocument();
    expect(lists()).toBeGreaterThan(before);

    // The second is still being sent and can be cancelled.
    await userEvent.click(screen.getByRole('button', { name: 'Cancel uploading two.png' }));
    expect(two.aborted).toBe(true);
    const uploads = screen.getByRole('list', { name: 'Uploads' });
    expect(await within(uploads).findByText('Cancelled')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear finished uploads' }));
    expect(screen.queryByRole('list', { name: 'Uploads' })).not.toBeInTheDocument();
  });

  it('shows why the server refused a file', async () => {
    serve(globalAdminMe, () => []);
    renderRoute(<AttachmentsPanel parent={asset} />);
    await screen.findByText('No files are attached to this asset yet.');

    chooseFiles(new File(['MZ'], 'a.exe'), new File(['x'], 'big.zip'), new File(['x'], 'c.pdf'));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(3));
    const [exe, big, pdf] = FakeXhr.instances;
    exe.respond(422, { type: 'https://clientstor.dev/problems/upload-extension-not-allowed', status: 422, detail: "Files named 'a.exe' are not accepted. Allowed: .pdf, .png." });
    big.respond(413, { type: 'https://clientstor.dev/problems/upload-quota-exceeded', status: 413, detail: 'The organisation’s upload quota would be exceeded.' });
    pdf.respond(503, { type: 'https://clientstor.dev/problems/upload-scanner-unavailable', status: 503, detail: 'The virus scanner could not check the file (timeout).' });

    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      "This type of file is not accepted. Files named 'a.exe' are not accepted. Allowed: .pdf, .png.",
      'This client’s storage quota is used up. The organisation’s upload quota would be exceeded.',
      'The virus scanner is unavailable, so uploads are refused for now. Try again later. The virus scanner could not check the file (timeout).',
    ]);
  });

  it('offers upload and delete only with the parent’s write permission', async () => {
    serve(memberMe(orgId, ['assets.read']), () => [attachment()]);
    renderRoute(<AttachmentsPanel parent={asset} />);
    await screen.findByRole('list', { name: 'Attached files' });
    expect(screen.getByRole('button', { name: 'Download rack-front.png' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Choose files/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Files to attach')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete rack-front.png' })).not.toBeInTheDocument();
  });

  it('takes the permissions it is given where the parent is in none of the caller’s organisations (the MSP knowledge base)', async () => {
    const kbArticle: AttachmentParent = { type: 'article', orgId: 'kb-org', id: 'kb-article' };
    serve(memberMe(orgId, ['docs.read']), () => [attachment({ parentType: 'article', parentId: 'kb-article' })]);
    const held = new Set(['docs.read', 'docs.write']);
    renderRoute(<AttachmentsPanel parent={kbArticle} can={(p) => held.has(p)} />);
    await screen.findByRole('list', { name: 'Attached files' });
    expect(screen.getByRole('button', { name: 'Choose files…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete rack-front.png' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download rack-front.png' })).toBeInTheDocument();
  });

  it('hides a credential’s downloads without vault.reveal and keeps uploads for vault.write', async () => {
    serve(memberMe(orgId, ['vault.read', 'vault.write']), () => [attachment({ parentType: 'credential', parentId: credentialId, hasThumbnail: true })]);
    renderRoute(<AttachmentsPanel parent={credential} />);
    await screen.findByRole('list', { name: 'Attached files' });
    expect(screen.queryByRole('button', { name: 'Download rack-front.png' })).not.toBeInTheDocument();
    expect(screen.getByText(/Downloading a credential’s files needs the “vault.reveal” permission/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose files…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete rack-front.png' })).toBeInTheDocument();
  });

  it('downloads a credential’s file after the vault’s re-authentication, as opaque bytes under its name', async () => {
    const prompt = vi.fn(() => Promise.resolve(true));
    configureReauth(prompt);
    let asked = false;
    const content = `/api/v1/orgs/${orgId}/vault/credentials/${credentialId}/attachments/${attachment().id}/content`;
    const { calls } = serve(globalAdminMe, () => [attachment({ parentType: 'credential', fileName: 'evil.html', contentType: 'text/html', hasThumbnail: false })], (r) => {
      if (pathOf(r) !== content) return json({});
      if (!asked) {
        asked = true;
        return problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Re-authentication required.' });
      }
      return new Response('<script>alert(1)</script>', { headers: { 'Content-Type': 'text/html' } });
    });
    renderRoute(<AttachmentsPanel parent={credential} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Download evil.html' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(prompt).toHaveBeenCalledExactlyOnceWith('download evil.html');
    expect(calls.filter((c) => pathOf(c) === content)).toHaveLength(2);
    expect(clicked[0].download).toBe('evil.html');
    expect(saved[0].type).toBe('application/octet-stream');
  });

  it('loads image thumbnails with the token into blob URLs, but never a credential’s', async () => {
    const { calls } = serve(globalAdminMe, () => [attachment({ hasThumbnail: true })], () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'Content-Type': 'image/webp' } }));
    const view = renderRoute(<AttachmentsPanel parent={asset} />);
    const image = await screen.findByRole('img', { name: 'Preview of rack-front.png' });
    await waitFor(() => expect(image).toHaveAttribute('src', 'blob:file-1'));
    const thumbnail = calls.find((c) => pathOf(c).endsWith('/thumbnail'));
    expect(thumbnail?.headers.get('Authorization')).toBe('Bearer test-token');
    view.unmount();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:file-1');
  });

  it('deletes after confirmation with the file’s etag', async () => {
    let items = [attachment()];
    const { calls } = serve(globalAdminMe, () => items, (r) => {
      if (r.method === 'DELETE') {
        items = [];
        return new Response(null, { status: 204 });
      }
      return json({});
    });
    renderRoute(<AttachmentsPanel parent={asset} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete rack-front.png' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete file' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete file' }));
    expect(await screen.findByText('File “rack-front.png” deleted.')).toBeInTheDocument();
    const remove = calls.find((c) => c.method === 'DELETE');
    expect(pathOf(remove!)).toBe(`${listPath}/${attachment().id}`);
    expect(remove!.headers.get('If-Match')).toBe('"v1"');
    expect(await screen.findByText('No files are attached to this asset yet.')).toBeInTheDocument();
  });
});
