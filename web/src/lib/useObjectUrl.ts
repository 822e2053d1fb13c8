import { useEffect, useState } from 'react';

/**
 * A blob: URL for a Blob (an image fetched with the bearer token, for an `<img>`): made when the blob arrives, revoked
 * when it changes or the view goes; null until then.
 */
export function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return;
    const objectUrl = URL.createObjectURL(blob);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- an object URL is a resource: made and revoked with the blob
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return blob ? url : null;
}
