import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DiffView } from './DiffView';

describe('DiffView', () => {
  it('marks insertions and deletions in words as well as in style, and folds unchanged lines', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    render(
      <DiffView
        label="Changes to the text"
        parts={[
          { op: 'equal', text: `${lines}\nFirmware ` },
          { op: 'delete', text: '7.2' },
          { op: 'insert', text: '7.4' },
          { op: 'equal', text: ' installed' },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Changes to the text' });
    expect(region.querySelector('del')).toHaveTextContent('[removed: 7.2]');
    expect(region.querySelector('ins')).toHaveTextContent('[added: 7.4]');
    expect(region).toHaveTextContent('10 unchanged lines');
    expect(region).toHaveTextContent(/line 11\s*line 12\s*Firmware/);
    expect(region).not.toHaveTextContent('line 3');
    expect(region).toHaveAttribute('tabindex', '0');
  });
});
