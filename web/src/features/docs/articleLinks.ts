/** What a click needs to be judged: the DOM event's fields. */
export interface LinkClick {
  target: EventTarget | null;
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * The SPA path a click on a link of an article's rendered HTML should open without a page load, or null to leave the
 * click to the browser: links to other sites (the server opens those in a new tab), a modified click (new tab or
 * window), a download, or a jump to a heading of the same page.
 */
export function inAppPath(click: LinkClick, location: { origin: string; pathname: string }): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  const anchor = click.target instanceof Element ? click.target.closest('a[href]') : null;
  if (!anchor) return null;
  if ((anchor.getAttribute('target') ?? '_self') !== '_self' || anchor.hasAttribute('download')) return null;
  let url: URL;
  try {
    url = new URL(anchor.getAttribute('href') ?? '', location.origin + location.pathname);
  } catch {
    return null;
  }
  if (url.origin !== location.origin || !/^https?:$/.test(url.protocol)) return null;
  if (url.pathname === location.pathname && url.hash) return null;
  return url.pathname + url.search + url.hash;
}

/** The Markdown of a link to another article: its id survives renames; brackets in the title are escaped. */
export function articleLinkMarkdown(title: string, articleId: string): string {
  return `[${title.replace(/([[\]\\])/g, '\\$1')}](article:${articleId})`;
}

/** `text` with `insert` placed over the selection `start`..`end`, and where the caret goes after it. */
export function insertAt(text: string, insert: string, start: number, end: number): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

/**
 * The server's HTML with task-list items that read well: the renderer writes a bare `<input type="checkbox"
 * disabled>`, announced as an unnamed check box (or, named by its item, with the item read twice). The box, which
 * cannot be changed, is hidden from screen readers, and the item starts with its state in words: "Done: Signed
 * agreement". Parsed in an inert document: nothing in it runs, and only an attribute and a text are added.
 */
export function labelTaskLists(html: string): string {
  if (!html.includes('task-list-item') || typeof DOMParser === 'undefined') return html;
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const box of doc.querySelectorAll<HTMLInputElement>('li.task-list-item > input[type="checkbox"]')) {
    box.setAttribute('aria-hidden', 'true');
    const state = doc.createElement('span');
    state.className = 'visually-hidden';
    state.textContent = box.hasAttribute('checked') ? 'Done: ' : 'Not done: ';
    box.after(state);
  }
  return doc.body.innerHTML;
}

/**
 * The server's HTML with its links to `from` (an organisation's docs, `/orgs/{orgId}/docs`) pointing under `to`
 * instead: the server renders `article:<id>` as `/orgs/{orgId}/docs/articles/<id>`, and the MSP knowledge base's
 * articles live under `/kb`, since it has no organisation pages. Parsed in an inert document like labelTaskLists.
 */
export function rebaseArticleLinks(html: string, from: string, to: string): string {
  if (from === to || !html.includes(from) || typeof DOMParser === 'undefined') return html;
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (href === from || href.startsWith(`${from}/`) || href.startsWith(`${from}?`) || href.startsWith(`${from}#`)) link.setAttribute('href', to + href.slice(from.length));
  }
  return doc.body.innerHTML;
}
