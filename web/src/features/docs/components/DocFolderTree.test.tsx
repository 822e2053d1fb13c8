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

  it('says "All diagrams" beside the diagrams, without the article counts', async () => {
    const { calls } = mockFetch(withMe(memberMe(orgId, ['docs.read']), (r) =>
      pathOf(r).endsWith('/docs/folders') ? json({ items: folders, nextCursor: null }) : json({ items: [{ id: 'x1' }], nextCursor: null }),
    ));
    renderRoute(<DocFolderTree orgId={orgId} selected={{ kind: 'all' }} onSelect={() => {}} canWrite={false} content="diagrams" />);
    expect(await screen.findByRole('button', { name: /^Firewalls$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All diagrams' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unfiled' })).toBeInTheDocument();
    expect(screen.queryByText(/articles/i)).not.toBeInTheDocument();
    expect(calls.some((c) => pathOf(c).endsWith('/docs/articles'))).toBe(false);
  });
});
