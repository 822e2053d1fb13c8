/** Outline paths on a 16×16 grid, one per search type; decorative (the group heading names the type). */
const paths: Record<string, string> = {
  org: 'M2 15V3l5-2v14M7 15V6l7 2v7M1 15h14M4 5h1M4 8h1M4 11h1M10 10h1M10 12h1',
  asset: 'M2 2h12v8H2zM6 14h4M8 10v4',
  credential: 'M5.5 9.5a3 3 0 1 1 2.1-.9L14 15M11 12l1.5-1.5M12.5 13.5 14 12',
  contact: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 15c0-3 2.7-5 6-5s6 2 6 5',
  location: 'M8 15s5-4.5 5-8.5A5 5 0 0 0 3 6.5C3 10.5 8 15 8 15zM8 8.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  subnet: 'M8 1v4M8 11v4M1 8h4M11 8h4M5 5h6v6H5z',
  ipAddress: 'M2 4h12v8H2zM5 7v2M8 7v2M11 7v2',
  vlan: 'M1 4h14M1 8h14M1 12h14M4 2v4M12 6v4M8 10v4',
  rack: 'M3 1h10v14H3zM3 5h10M3 9h10M5 3h1M5 7h1M5 11h1',
  article: 'M4 1h6l3 3v11H4zM10 1v3h3M6 8h5M6 11h5',
  attachment: 'M10.5 4.5 5.2 9.8a1.5 1.5 0 0 0 2.1 2.1l5.6-5.6a3 3 0 0 0-4.2-4.2L3 7.8a4.5 4.5 0 0 0 6.4 6.4l4.1-4.1',
};

export function TypeIcon({ type, className }: { type: string; className?: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={className}>
      <path d={paths[type] ?? paths.asset} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
