import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { DataTable } from './DataTable';

describe('DataTable', () => {
  it('keeps a hidden header in its own cell (positioned there), named for screen readers only', () => {
    render(
      <DataTable label="Things" rows={[{ id: '1', name: 'One' }]} rowKey={(r) => r.id}
        columns={[{ header: 'Name', cell: (r) => r.name }, { header: 'Actions', hideHeader: true, headerClassName: 'text-end', cell: () => 'Edit' }]} />,
    );
    const table = screen.getByRole('table', { name: 'Things' });
    const header = within(table).getByRole('columnheader', { name: 'Actions' });
    expect(header).toHaveClass('position-relative', 'text-end');
    expect(within(header).getByText('Actions')).toHaveClass('visually-hidden');
    expect(within(table).getByRole('columnheader', { name: 'Name' })).not.toHaveClass('position-relative');
  });
});
