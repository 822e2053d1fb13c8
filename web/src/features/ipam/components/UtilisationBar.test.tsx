import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { UtilisationBar } from './UtilisationBar';

function bar(percent: number) {
  render(<UtilisationBar percent={percent} label={`At ${percent}`} />);
  return screen.getByRole('progressbar', { name: `At ${percent}` });
}

describe('UtilisationBar', () => {
  it.each([
    [0, 'bg-success'],
    [79.99, 'bg-success'],
    [80, 'bg-warning'],
    [94.99, 'bg-warning'],
    [95, 'bg-danger'],
    [100, 'bg-danger'],
  ])('at %s percent the bar is %s', (percent, colour) => {
    const progress = bar(percent);
    expect(progress).toHaveClass(colour);
    expect(progress).toHaveAttribute('aria-valuenow', String(percent));
    expect(progress).toHaveAttribute('aria-valuetext', `${percent}%`);
    expect(progress).toHaveStyle({ width: `${percent}%` });
  });

  it('labels the bar with the percentage and clamps its width', () => {
    const progress = bar(92.86);
    expect(progress).toHaveTextContent('92.86%');
    expect(screen.getAllByText('92.86%')).toHaveLength(2);
    expect(bar(120)).toHaveStyle({ width: '100%' });
  });
});
