import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { assetsOnlyMe, discoveryMe, imported, orgId, plan, scanXml } from '../testData';
import { DiscoveryPage } from './DiscoveryPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/discovery', route: `/orgs/${orgId}/discovery` };
const scanFile = () => new File([scanXml], 'scan.xml', { type: 'text/xml' });

describe('DiscoveryPage', () => {
  it('previews the scan as a plan, then imports it for real and shows the result', async () => {
    const { calls } = mockFetch(
      withMe(discoveryMe, (r) => (new URL(r.url).searchParams.get('dryRun') === 'true' ? json(plan) : json(imported))),
    );
    renderRoute(<DiscoveryPage />, route);

    const preview = screen.getByRole('button', { name: 'Preview' });
    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(preview).toBeDisabled();
    await userEvent.upload(screen.getByLabelText('nmap XML file'), scanFile());
    // Import is offered only once the file has been previewed.
    expect(importButton).toBeDisabled();
    await userEvent.click(preview);

    const table = await screen.findByRole('table', { name: 'Import plan' });
    expect(screen.getByRole('heading', { name: 'Preview: nothing has been written yet' })).toBeInTheDocument();
    const request = calls.find((c) => c.method === 'POST')!;
    const url = new URL(request.url);
    expect(url.pathname).toBe(`/api/v1/orgs/${orgId}/discovery/nmap`);
    expect(url.searchParams.get('dryRun')).toBe('true');
    expect(request.headers.get('Content-Type')).toBe('application/xml');
    expect(await request.text()).toBe(scanXml);

    const created = within(table).getByRole('row', { name: /10\.0\.1\.10/ });
    expect(created).toHaveTextContent('printer1');
    expect(created).toHaveTextContent('aa:bb:cc:00:11:22');
    expect(within(created).getByText('Will create')).toHaveClass('bg-success');
    expect(created).toHaveTextContent('documents 10.0.1.10 in 10.0.1.0/24');
    const updated = within(table).getByRole('row', { name: /10\.0\.1\.20/ });
    expect(within(updated).getByText('Will update')).toBeInTheDocument();
    expect(updated).toHaveTextContent('IP address');
    expect(within(updated).getByRole('link', { name: 'NAS' })).toHaveAttribute('href', `/orgs/${orgId}/assets/a-nas`);
    const conflict = within(table).getByRole('row', { name: /10\.0\.1\.30/ });
    expect(within(conflict).getByText('Conflict')).toHaveClass('bg-warning');
    expect(conflict).toHaveTextContent('resolve by hand');
    const summary = screen.getByRole('list', { name: 'Summary' });
    expect(summary).toHaveTextContent('3 hosts');
    expect(summary).toHaveTextContent('1 to create');
    expect(summary).toHaveTextContent('1 conflicts');

    await userEvent.click(importButton);
    const result = await screen.findByRole('table', { name: 'Imported hosts' });
    expect(screen.getByRole('heading', { name: 'Import complete' })).toBeInTheDocument();
    expect(screen.getByText('Imported 3 hosts: 1 created, 1 updated.')).toBeInTheDocument();
    expect(within(result).getByRole('link', { name: 'printer1' })).toHaveAttribute('href', `/orgs/${orgId}/assets/a-printer`);
    expect(within(result).getByText('Created')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(new URL(posts[1].url).searchParams.get('dryRun')).toBe('false');
    expect(await posts[1].text()).toBe(scanXml);
  });

  it('shows why a file that is not an nmap report was refused', async () => {
    mockFetch(
      withMe(discoveryMe, () =>
        problem(400, {
          title: 'One or more fields are invalid.',
          detail: "Correct the fields listed in 'errors' and try again.",
          errors: { file: ['This is not an nmap XML report (the root element must be <nmaprun>).'] },
        }),
      ),
    );
    renderRoute(<DiscoveryPage />, route);

    await userEvent.upload(screen.getByLabelText('nmap XML file'), new File(['<html/>'], 'page.xml', { type: 'text/xml' }));
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByText(/The scan could not be imported: This is not an nmap XML report/)).toBeInTheDocument();
    expect(screen.getByLabelText('nmap XML file')).toHaveClass('is-invalid');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    // Choosing another file clears the error.
    await userEvent.upload(screen.getByLabelText('nmap XML file'), scanFile());
    expect(screen.queryByText(/could not be imported/)).not.toBeInTheDocument();
  });

  it('explains the permissions an import needs, and the tab shows only with them', async () => {
    mockFetch(withMe(assetsOnlyMe, () => json({})));
    const { unmount } = renderRoute(<DiscoveryPage />, route);
    expect(await screen.findByText(/needs the assets.write and ipam.write permissions/)).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Organisation sections' });
    expect(within(tabs).queryByRole('link', { name: 'Discovery' })).not.toBeInTheDocument();
    unmount();

    mockFetch(withMe(discoveryMe, () => json({})));
    renderRoute(<DiscoveryPage />, route);
    const allowedTabs = screen.getByRole('navigation', { name: 'Organisation sections' });
    expect(await within(allowedTabs).findByRole('link', { name: 'Discovery' })).toHaveAttribute('href', `/orgs/${orgId}/discovery`);
    expect(screen.queryByText(/needs the assets.write/)).not.toBeInTheDocument();
  });
});
