import type { PinLook } from './types';

/** The pins' line icons (SVG, hidden from screen readers: the pin's label says what it is). */
const paths: Record<PinLook, string> = {
  asset: 'M2.5 3h11v7.5h-11zM6 13.5h4M8 10.5v3',
  'access-point': 'M8 12.5h.01M5.5 10a3.5 3.5 0 0 1 5 0M3.5 7.8a6.4 6.4 0 0 1 9 0M1.8 5.6a9 9 0 0 1 12.4 0',
  rack: 'M3.5 2h9v12h-9zM3.5 5.5h9M3.5 9h9M5.5 3.8h.01M5.5 7.3h.01M5.5 10.8h.01',
  drop: 'M3 3h10v10H3zM6 6h4v3.5H6zM7 9.5v1.5M9 9.5v1.5',
};

export function PinIcon({ look, size = 16 }: { look: PinLook; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round"
      aria-hidden="true" focusable="false">
      <path d={paths[look]} />
    </svg>
  );
}
