import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditEvent } from '../testData';
import { AuditTable } from './AuditTable';

describe('AuditTable', () => {
  it('shows one row per event with badges, actor, target and IP', () => {
    render(
      <AuditTable
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
          }),
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Audit events' })).getAllByRole('row');
    expect(rows).toHaveLength(3);

    const first = within(rows[1]);
    expect(first.getByText('org.created')).toBeInTheDocument();
    expect(first.getByText('Organisation')).toHaveClass('bg-info');
    expect(first.getByText('success')).toHaveClass('bg-success');
    expect(rows[1]).toHaveTextContent('admin@example.test (user)');
    expect(first.getByText('org:0190f0a0-0000-7000-8000-000000000001')).toBeInTheDocument();
    expect(first.getByText('10.0.0.7')).toBeInTheDocument();

    const second = within(rows[2]);
    expect(second.getByText('failure')).toHaveClass('bg-danger');
    expect(second.getByText('Authentication')).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('— (system)');
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
