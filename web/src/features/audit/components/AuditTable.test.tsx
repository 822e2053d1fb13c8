import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditEvent } from '../testData';
import { AuditTable } from './AuditTable';

describe('AuditTable', () => {
  it('shows one row per event as a sentence with badges and IP, and the organisation on the platform log', () => {
    render(
      <AuditTable
        showOrg
        events={[
          auditEvent(2),
          auditEvent(1, {
            category: 'authentication',
            action: 'login.failed',
            outcome: 'failure',
            actorType: 'system',
            actorId: null,
            actorName: null,
            targetType: null,
            targetId: null,
            ip: null,
            orgId: null,
            orgName: null,
            targetName: null,
            text: 'System tried to sign in (failed)',
          }),
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Audit events' })).getAllByRole('row');
    expect(rows).toHaveLength(3);

    expect(within(rows[0]).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Time', 'What happened', 'Organisation', 'Category', 'Outcome', 'IP', 'Details']);
    const first = within(rows[1]);
    expect(first.getByText('Ada Admin created organisation Acme')).toBeInTheDocument();
    expect(first.getByText('Acme')).toBeInTheDocument();
    expect(first.getByText('Organisation')).toHaveClass('bg-info');
    expect(first.getByText('success')).toHaveClass('bg-success');
    expect(first.getByText('10.0.0.7')).toBeInTheDocument();

    const second = within(rows[2]);
    expect(second.getByText('failure')).toHaveClass('bg-danger');
    expect(second.getByText('Authentication')).toBeInTheDocument();
    expect(second.getByText('System tried to sign in (failed)')).toBeInTheDocument();
    expect(second.getByText('Platform')).toBeInTheDocument();
  });

  it('leaves the organisation out of one organisation\'s log', () => {
    render(<AuditTable events={[auditEvent(4)]} />);
    expect(screen.queryByRole('columnheader', { name: 'Organisation' })).not.toBeInTheDocument();
  });

  it('marks denied events in red', () => {
    render(<AuditTable events={[auditEvent(3, { outcome: 'denied' })]} />);
    expect(screen.getByText('denied')).toHaveClass('bg-danger');
  });

  it('opens the details with the pretty-printed JSON, user agent and request id', async () => {
    render(<AuditTable events={[auditEvent(7, { details: { changed: ['name'] } }), auditEvent(8, { details: null })]} />);

    await userEvent.click(screen.getByRole('button', { name: 'Details of event 7' }));
    const dialog = await screen.findByRole('dialog', { name: /Audit event 7/ });
    expect(within(dialog).getByTestId('audit-details-json').textContent).toBe('{\n  "changed": [\n    "name"\n  ]\n}');
    expect(dialog).toHaveTextContent('Mozilla/5.0 (Test)');
    expect(dialog).toHaveTextContent('0HN-req-1');

    // The header's × and the footer button are both named Close.
    await userEvent.click(within(dialog).getAllByRole('button', { name: 'Close' })[1]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click(screen.getByRole('button', { name: 'Details of event 8' }));
    expect(await screen.findByRole('dialog', { name: /Audit event 8/ })).toHaveTextContent('No details recorded.');
  });
});
