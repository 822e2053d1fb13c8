import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { cameraDetail, switchDetail } from '../testData';
import { PlacementSection } from './PlacementSection';

describe('PlacementSection', () => {
  it('lists the IP addresses with their interface and links the rack position', () => {
    renderRoute(<PlacementSection orgId="o-1" detail={switchDetail} />);
    const table = screen.getByRole('table', { name: 'IP addresses' });
    expect(within(table).getByRole('link', { name: '10.0.0.2' })).toHaveAttribute('href', '/orgs/o-1/ipam/subnets/s-1');
    expect(within(table).getByText('Gi1/0/1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'R1' })).toHaveAttribute('href', '/orgs/o-1/racks/rk-1');
    expect(screen.getByText(/U40 \(front\)/)).toBeInTheDocument();
  });

  it('says when nothing is documented', () => {
    renderRoute(<PlacementSection orgId="o-1" detail={cameraDetail} />);
    expect(screen.getByText('No IP addresses documented for this asset.')).toBeInTheDocument();
    expect(screen.getByText('Not mounted in a rack.')).toBeInTheDocument();
  });
});
