import { createContext, useContext, useEffect } from 'react';

/** The organisation (client) whose pages are on screen; the app shell provides it from the URL. */
export interface CurrentClient {
  id: string;
  /** Null until the organisation has loaded (or when it cannot be read). */
  name: string | null;
}

export const CurrentClientContext = createContext<CurrentClient | null>(null);

export function useCurrentClient(): CurrentClient | null {
  return useContext(CurrentClientContext);
}

const APP = 'ClientStor';

/** "<Page> · <Client> · ClientStor": the page first, since tabs show only the start of a title. */
export function formatDocumentTitle(page: string | null | undefined, client: string | null | undefined): string {
  const parts = [page?.trim(), client?.trim()].filter((p): p is string => Boolean(p));
  // A client's own landing page is titled with its name: say it once.
  if (parts.length === 2 && parts[0] === parts[1]) parts.pop();
  return [...parts, APP].join(' · ');
}

/** Sets document.title for the page on screen, with the current client's name when the page belongs to one. */
export function useDocumentTitle(page: string | null | undefined): void {
  const client = useCurrentClient();
  const title = formatDocumentTitle(page, client?.name);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
