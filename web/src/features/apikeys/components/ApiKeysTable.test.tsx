import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiKey, ciKey, expiredKey, orgId, otherOrgId, revokedKey } from '../testData';
import { ApiKeysTable } from './ApiKeysTable';

describe('ApiKeysTable', () => {
  it('shows each key with its client id, scopes, allowed IPs, creator, expiry, last use and status', () => {
    render(<ApiKeysTable keys={[ciKey, revokedKey]} busy={false} onRotate={() => {}} onRevoke={() => {}} />);

    const table = screen.getByRole('table', { name: 'API keys' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Name',
      'Client ID',
      'Scopes',
      'Allowed IPs',
      'Created',
      'Expires',
      'Last used',
      'Status',
      'Actions',
    ]);
    const row = within(table).getByRole('row', { name: /CI asset export/ });
    expect(within(row).getByText(ciKey.clientId)).toBeInTheDocument();
    expect(within(row).getByText('assets.read')).toHaveClass('badge');
    expect(within(row).getByText('org.read')).toHaveClass('badge');
    expect(within(row).getByText('10.0.0.0/8')).toBeInTheDocument();
    expect(within(row).getByText('owner@example.test')).toBeInTheDocument();
    expect(within(row).getByText('203.0.113.7')).toBeInTheDocument();
    expect(row.querySelector('time[datetime="2026-03-02T08:30:00Z"]')).not.toBeNull();
    expect(within(row).getByText('Active')).toHaveClass('bg-success');

    const old = within(table).getByRole('row', { name: /Old sync/ });
    expect(within(old).getByText('Any')).toBeInTheDocument();
    expect(within(old).getByText('Never')).toBeInTheDocument();
    expect(within(old).getByText('Revoked')).toHaveClass('badge');
    // No organisations column for an organisation's own keys.
    expect(within(table).queryByRole('columnheader', { name: 'Organisations' })).not.toBeInTheDocument();
  });

  it('offers rotate only for active keys and revoke for every key not yet revoked', async () => {
    const onRotate = vi.fn();
    const onRevoke = vi.fn();
    render(<ApiKeysTable keys={[ciKey, expiredKey, revokedKey]} busy={false} onRotate={onRotate} onRevoke={onRevoke} />);

    expect(screen.getAllByRole('button', { name: /^Rotate secret of/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /^Revoke / }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Revoke CI asset export',
      'Revoke Expired job',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Rotate secret of CI asset export' }));
    expect(onRotate).toHaveBeenCalledWith(ciKey);
    await userEvent.click(screen.getByRole('button', { name: 'Revoke Expired job' }));
    expect(onRevoke).toHaveBeenCalledWith(expiredKey);
  });

  it('names the bound organisations of platform keys', () => {
    const everywhere = apiKey(4, { name: 'Backup', orgId: null, allOrgs: true });
    const some = apiKey(5, { name: 'Billing sync', orgId: null, orgIds: [orgId, otherOrgId] });
    const names: Record<string, string> = { [orgId]: 'Acme', [otherOrgId]: 'Globex' };
    render(<ApiKeysTable keys={[everywhere, some]} busy={false} orgName={(id) => names[id]} onRotate={() => {}} onRevoke={() => {}} />);

    expect(screen.getByRole('columnheader', { name: 'Organisations' })).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Backup/ })).getByText('All organisations')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Billing sync/ });
    expect(within(row).getByText('Acme')).toBeInTheDocument();
    expect(within(row).getByText('Globex')).toBeInTheDocument();
  });
});
