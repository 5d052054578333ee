/**
 * A QR code drawn as one SVG path from uqr's module matrix (its encoder loads on demand).
 * Always dark on light with a quiet zone, whatever the theme, so phones can scan it.
 */
import { useMemo } from 'preact/hooks';
import { QR_ENCODER, useLazy } from './use-lazy';

/**
 * One SVG path of a QR code's dark modules, and its size in modules: each run of dark modules
 * in a row is a line one module thick through the row's middle (`M4 4.5h7m5 0h1`), drawn by a
 * stroke of width 1. Half the text of a rectangle per run (`M4 4h7v1h-7z`): the guide's
 * eighteen QR codes are written into every pre-rendered page.
 */
function qrPath(encode: typeof import('uqr').encode, text: string): { d: string; n: number } | undefined {
  try {
    const { data } = encode(text, { ecc: 'M', border: 4 });
    let d = '';
    for (let y = 0; y < data.length; y++) {
      const row = data[y]!;
      let pen = -1; // where the last run of this row ended; -1 before the first
      for (let x = 0; x < row.length; x++) {
        if (!row[x]) continue;
        let run = 1;
        while (row[x + run]) run++;
        d += pen < 0 ? `M${x} ${y}.5h${run}` : `m${x - pen} 0h${run}`;
        x += run;
        pen = x;
      }
    }
    return { d, n: data.length };
  } catch {
    return undefined; // a text too long to encode
  }
}

export function QrCode({ text, label, size = 148 }: { text: string; label: string; size?: number }) {
  const encoder = useLazy(QR_ENCODER, () => import('uqr').then((m) => m.encode));
  const path = useMemo(() => (encoder.state === 'ready' ? qrPath(encoder.value, text) : undefined), [encoder, text]);
  // No encoder (or a text too long to encode): no blank square that looks scannable; the
  // figure's caption still links to the page.
  if (encoder.state === 'failed' || (encoder.state === 'ready' && !path)) return null;
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
      {path && <path d={path.d} stroke="#000" />}
    </svg>
  );
}
