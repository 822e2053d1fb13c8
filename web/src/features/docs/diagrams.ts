/**
 * The draw.io embed protocol as ClientStor speaks it, and the small conversions around diagrams. The editor is the
 * diagrams.net web app served from this origin under `/drawio/` (see web/vite.drawio.ts), in a sandboxed iframe.
 */

/**
 * Embed mode with the JSON protocol; everything that would reach another host is off: `offline` (no cloud storage,
 * no Google/OneDrive/GitHub pickers), `stealth` (no feature that needs a web service), `pwa=0` (no service worker),
 * `plugins=0`, `math=0` (no MathJax), `lang=en` (no language guess). `spin` shows a spinner while loading; `saveAndExit=0`
 * and `noExitBtn=1`: the page around the editor has its own Close button.
 */
export const DRAWIO_PARAMS: Record<string, string> = {
  embed: '1',
  proto: 'json',
  spin: '1',
  offline: '1',
  stealth: '1',
  pwa: '0',
  plugins: '0',
  math: '0',
  lang: 'en',
  saveAndExit: '0',
  noSaveBtn: '0',
  noExitBtn: '1',
  libraries: '1',
  ui: 'kennedy',
};

/**
 * Always the light editor: draw.io's dark UI draws labels without a font colour in white, unreadable on the light fills
 * most diagrams use, and previews are white pages anyway.
 */
export function drawioUrl(): string {
  return `/drawio/index.html?${new URLSearchParams(DRAWIO_PARAMS)}`;
}

/**
 * The iframe's sandbox: scripts run, but without `allow-same-origin` the editor has an opaque origin, so nothing in it
 * (a label's HTML, a hostile plugin) can read the SPA's storage, cookies or DOM; downloads (export to a file) and
 * modal dialogs stay allowed. No top navigation, no popups, no forms.
 */
export const DRAWIO_SANDBOX = 'allow-scripts allow-downloads allow-modals';

/** A message the editor posts (proto=json). */
export type EditorEvent =
  | { event: 'init' }
  | { event: 'load' }
  | { event: 'save'; xml: string }
  | { event: 'export'; data: string; xml?: string; format?: string }
  | { event: 'autosave'; xml: string }
  | { event: 'exit' };

/** The editor's message, or null for anything else (other frames, other shapes). */
export function parseEditorMessage(data: unknown): EditorEvent | null {
  let value: unknown = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null || !('event' in value)) return null;
  const message = value as Record<string, unknown>;
  switch (message.event) {
    case 'init':
    case 'load':
    case 'exit':
      return { event: message.event };
    case 'save':
    case 'autosave':
      return typeof message.xml === 'string' ? { event: message.event, xml: message.xml } : null;
    case 'export':
      return typeof message.data === 'string'
        ? { event: 'export', data: message.data, xml: typeof message.xml === 'string' ? message.xml : undefined, format: typeof message.format === 'string' ? message.format : undefined }
        : null;
    default:
      return null;
  }
}

/**
 * The SVG document of the editor's export (a `data:image/svg+xml` URL, base64 or percent-encoded, or the markup
 * itself), without its XML declaration and DOCTYPE: the API refuses any DTD.
 */
export function svgFromExport(data: string): string {
  let svg = data;
  const match = /^data:image\/svg\+xml(;charset=[^;,]+)?(;base64)?,/i.exec(data);
  if (match) {
    const payload = data.slice(match[0].length);
    if (match[2]) {
      const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
      svg = new TextDecoder().decode(bytes);
    } else {
      svg = decodeURIComponent(payload);
    }
  }
  return svg.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>[]*(\[[^\]]*\])?\s*>\s*)?/i, '');
}

/** The Markdown embedding a diagram in an article: `![Name](diagram:<id>)`, brackets in the name escaped. */
export function diagramEmbedMarkdown(name: string, diagramId: string): string {
  return `![${name.replace(/([[\]\\])/g, '\\$1')}](diagram:${diagramId})`;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * The diagram an embed's link points at (`<basePath>/diagrams/<id>` of the page's knowledge base: `/orgs/<org>/docs`,
 * or `/kb` once the MSP knowledge base's links are rebased there), or null.
 */
export function embeddedDiagramId(href: string | null, basePath: string): string | null {
  const prefix = `${basePath}/diagrams/`.toLowerCase();
  const path = href ?? '';
  if (!path.toLowerCase().startsWith(prefix)) return null;
  const id = path.slice(prefix.length);
  return new RegExp(`^${UUID}$`, 'i').test(id) ? id : null;
}

/** The asset a shape's link names (`clientstor:asset/<id>`), or null. */
export function assetIdFromLink(link: string | null | undefined): string | null {
  const match = new RegExp(`^clientstor:asset/(${UUID})$`, 'i').exec(link?.trim() ?? '');
  return match ? match[1] : null;
}
