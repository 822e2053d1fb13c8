import { safeHref } from '../lib/text';

/** A stored URL, as a link opening in a new tab when it is http(s), else as plain text. */
export function ExternalLink({ url }: { url: string | null | undefined }) {
  const href = safeHref(url);
  if (!href) return <>{url}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}
