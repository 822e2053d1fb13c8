import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { json, mockFetch, renderRoute, withMe } from '../../../test/render';
import { assetReaderMe, orgId } from '../testData';
import { DirectoryPage } from './DirectoryPage';

afterEach(() => vi.unstubAllGlobals());

describe('DirectoryPage', () => {
  it('sends the old contacts and locations sections to their own tabs', async () => {
    mockFetch(withMe(assetReaderMe, () => json([])));
    for (const section of ['contacts', 'locations']) {
      const { unmount } = renderRoute(<DirectoryPage />, { path: '/orgs/:orgId/assets/directory', route: `/orgs/${orgId}/assets/directory?section=${section}` });
      expect(await screen.findByTestId('navigated')).toBeInTheDocument();
      unmount();
    }
  });

  it('shows the asset types', async () => {
    mockFetch(withMe(assetReaderMe, () => json([])));
    renderRoute(<DirectoryPage />, { path: '/orgs/:orgId/assets/directory', route: `/orgs/${orgId}/assets/directory` });
    expect(await screen.findByRole('heading', { name: 'Asset types', level: 1 })).toBeInTheDocument();
  });
});
