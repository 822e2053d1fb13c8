import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { json, memberMe, mockFetch, pathOf, queryOf, renderRoute, withMe } from '../../../test/render';
import { folders, orgId } from '../testData';
import { DocFolderTree } from './DocFolderTree';

afterEach(() => vi.unstubAllGlobals());

describe('DocFolderTree', () => {
  it('counts the unfiled articles beside "Unfiled", as the folders carry theirs', async () => {
    const { calls } = mockFetch(
      withMe(memberMe(orgId, ['docs.read']), (r) =>
        pathOf(r).endsWith('/docs/folders')
          ? json({ items: folders, nextCursor: null })
          : json({ items: [{ id: 'x1' }, { id: 'x2' }, { id: 'x3' }], nextCursor: null }),
      ),
    );
    renderRoute(<DocFolderTree orgId={orgId} selected={{ kind: 'all' }} onSelect={() => {}} canWrite={false} />);
    expect(await screen.findByRole('button', { name: /^Unfiled\s*3\s*articles$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Firewalls\s*1\s*articles$/ })).toBeInTheDocument();
    const list = calls.find((c) => pathOf(c).endsWith('/docs/articles'))!;
    expect(queryOf(list)).toMatchObject({ unfiled: 'true', limit: '500' });
  });

  it('says "500+" when there are more unfiled articles than one page', async () => {
    mockFetch(withMe(memberMe(orgId, ['docs.read']), (r) =>
      pathOf(r).endsWith('/docs/folders') ? json({ items: [], nextCursor: null }) : json({ items: Array.from({ length: 500 }, (_, i) => ({ id: `x${i}` })), nextCursor: 'c' }),
    ));
    renderRoute(<DocFolderTree orgId={orgId} selected={{ kind: 'all' }} onSelect={() => {}} canWrite={false} />);
    expect(await screen.findByRole('button', { name: /^Unfiled\s*500\+\s*articles$/ })).toBeInTheDocument();
  });

  it('offers to delete a folder only when it holds no article, diagram or folder', async () => {
    const diagramsOnly = { ...folders[1], id: 'f3', parentId: null, name: 'Drawings', articleCount: 0, diagramCount: 1 };
    const empty = { ...folders[1], id: 'f4', parentId: null, name: 'Spare', articleCount: 0, diagramCount: 0 };
    mockFetch(withMe(memberMe(orgId, ['docs.read', 'docs.write']), (r) =>
      pathOf(r).endsWith('/docs/folders') ? json({ items: [diagramsOnly, empty], nextCursor: null }) : json({ items: [], nextCursor: null }),
    ));
    const { unmount } = renderRoute(<DocFolderTree orgId={orgId} selected={{ kind: 'folder', id: 'f3' }} onSelect={() => {}} canWrite />);
    expect(await screen.findByRole('button', { name: 'Rename folder Drawings' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete folder Drawings' })).not.toBeInTheDocument();
    unmount();
    renderRoute(<DocFolderTree orgId={orgId} selected={{ kind: 'folder', id: 'f4' }} onSelect={() => {}} canWrite />);
    expect(await screen.findByRole('button', { name: 'Delete folder Spare' })).toBeInTheDocument();
  });

  it('says "All diagrams" beside the diagrams, the folders counting their diagrams', async () => {
    const { calls } = mockFetch(withMe(memberMe(orgId, ['docs.read']), (r) =>
      pathOf(r).endsWith('/docs/folders') ? json({ items: folders, nextCursor: null }) : json({ items: [{ id: 'x1' }], nextCursor: null }),
    ));
    renderRoute(<DocFolderTree orgId={orgId} selected={{ kind: 'all' }} onSelect={() => {}} canWrite={false} content="diagrams" />);
    expect(await screen.findByRole('button', { name: /^Firewalls\s*2\s*diagrams$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All diagrams' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unfiled' })).toBeInTheDocument();
    expect(screen.queryByText(/articles/i)).not.toBeInTheDocument();
    expect(calls.some((c) => pathOf(c).endsWith('/docs/articles'))).toBe(false);
  });
});
