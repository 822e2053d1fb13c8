/** What a file is, for people and for its icon, from the type the API detected (never the uploader's claim). */
export type FileKind = 'image' | 'pdf' | 'text' | 'code' | 'archive' | 'document' | 'spreadsheet' | 'file';

const exact: Record<string, { label: string; kind: FileKind }> = {
  'image/png': { label: 'PNG image', kind: 'image' },
  'image/jpeg': { label: 'JPEG image', kind: 'image' },
  'image/gif': { label: 'GIF image', kind: 'image' },
  'image/webp': { label: 'WebP image', kind: 'image' },
  'image/svg+xml': { label: 'SVG image', kind: 'code' },
  'application/pdf': { label: 'PDF', kind: 'pdf' },
  'text/plain': { label: 'Text', kind: 'text' },
  'text/markdown': { label: 'Markdown', kind: 'text' },
  'text/csv': { label: 'CSV', kind: 'spreadsheet' },
  'text/html': { label: 'HTML', kind: 'code' },
  'application/json': { label: 'JSON', kind: 'code' },
  'application/xml': { label: 'XML', kind: 'code' },
  'application/zip': { label: 'ZIP archive', kind: 'archive' },
  'application/rtf': { label: 'RTF document', kind: 'document' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word document', kind: 'document' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'Excel workbook', kind: 'spreadsheet' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { label: 'PowerPoint deck', kind: 'document' },
  'application/vnd.ms-visio.drawing': { label: 'Visio drawing', kind: 'document' },
};

export function fileKind(contentType: string, fileName: string): { label: string; kind: FileKind } {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (exact[type]) return exact[type];
  const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1];
  const label = extension ? `${extension.toUpperCase()} file` : 'File';
  if (type.startsWith('image/')) return { label, kind: 'image' };
  if (type.startsWith('text/')) return { label, kind: 'text' };
  return { label, kind: 'file' };
}

/** Outline paths on a 16×16 grid, one per kind; decorative (the row says the type in words). */
const icons: Record<FileKind, string> = {
  image: 'M2 2h12v12H2zM2 11l3.5-3.5L9 11l2-2 3 3M10.5 5.5h.01',
  pdf: 'M4 1h6l3 3v11H4zM10 1v3h3M6 9h1.5a1 1 0 0 0 0-2H6v4',
  text: 'M4 1h6l3 3v11H4zM10 1v3h3M6 7h5M6 9.5h5M6 12h3',
  code: 'M4 1h6l3 3v11H4zM10 1v3h3M7 8l-1.5 1.5L7 11M10 8l1.5 1.5L10 11',
  archive: 'M4 1h6l3 3v11H4zM10 1v3h3M7 2v1M7 4v1M7 6v1M6.5 9h1v2h-1z',
  document: 'M4 1h6l3 3v11H4zM10 1v3h3M6 7l1 4 1-3 1 3 1-4',
  spreadsheet: 'M3 2h10v12H3zM3 6h10M3 10h10M7 2v12',
  file: 'M4 1h6l3 3v11H4zM10 1v3h3',
};

export function FileKindIcon({ kind, size = 16, className }: { kind: FileKind; size?: number; className?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={className}>
      <path d={icons[kind]} fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
