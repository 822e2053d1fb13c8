/** Pages below a section that are lists, not one record: switching client keeps them (and the directory's tab). */
const LIST_SUBPAGES = new Set(['assets/directory', 'racks/panels']);

/**
 * Where the switcher goes when the client changes from the page at `pathname`: the same section of the other client
 * (/orgs/A/vault → /orgs/B/vault). A record of A (an asset, a credential, a subnet) or a form has no twin in B, so a
 * deeper page goes to the section's list; a page outside any client goes to the client's landing page.
 */
export function switchClientPath(pathname: string, search: string, toOrgId: string): string {
  const base = `/orgs/${toOrgId}`;
  const match = /^\/orgs\/([^/]+)\/?(.*)$/.exec(pathname);
  if (!match || match[1] === 'new') return base;
  const rest = match[2].split('/').filter(Boolean);
  if (rest.length === 0) return base;
  const sub = rest.slice(0, 2).join('/');
  if (LIST_SUBPAGES.has(sub)) {
    const section = new URLSearchParams(search).get('section');
    return `${base}/${sub}${sub === 'assets/directory' && section ? `?${new URLSearchParams({ section })}` : ''}`;
  }
  return `${base}/${rest[0]}`;
}
