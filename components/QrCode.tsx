/**
 * A QR code drawn as one SVG path from uqr's module matrix (its encoder loads on demand).
 * Always dark on light with a quiet zone, whatever the theme, so phones can scan it.
 */
import { useEffect, useState } from 'preact/hooks';

export function QrCode({ text, label, size = 148 }: { text: string; label: string; size?: number }) {
  const [path, setPath] = useState<{ d: string; n: number } | 'failed' | undefined>();
  useEffect(() => {
    let live = true;
    import('uqr')
      .then(({ encode }) => {
        const { data } = encode(text, { ecc: 'M', border: 4 });
        let d = '';
        data.forEach((row, y) => {
          row.forEach((dark, x) => {
            if (dark) d += `M${x} ${y}h1v1h-1z`;
          });
        });
        if (live) setPath({ d, n: data.length });
      })
      .catch(() => {
        if (live) setPath('failed');
      });
    return () => {
      live = false;
    };
  }, [text]);
  // No encoder (or a text too long to encode): no blank square that looks scannable; the
  // figure's caption still links to the page.
  if (path === 'failed') return null;
  return (
    <svg
      class="cc-qr"
      part="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={path ? `0 0 ${path.n} ${path.n}` : '0 0 1 1'}
      shape-rendering="crispEdges"
    >
      <rect width="100%" height="100%" fill="#fff" />
      {path && <path d={path.d} fill="#000" />}
    </svg>
  );
}
