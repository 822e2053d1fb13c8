import { useEffect, useRef, type ImgHTMLAttributes } from 'react';

/**
 * An image shown from a blob through an object URL that lives as long as the element shows it: created when the blob
 * arrives, revoked when it changes or the element goes.
 */
export function BlobImage({ blob, alt, ...props }: { blob: Blob; alt: string } & Omit<ImgHTMLAttributes<HTMLImageElement>, 'src'>) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const element = image.current;
    if (!element) return;
    const url = URL.createObjectURL(blob);
    element.src = url;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  return <img ref={image} alt={alt} {...props} />;
}
