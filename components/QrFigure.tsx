/** A QR code of a link with the link itself as its caption, for people who cannot scan. */
import { QrCode } from './QrCode';

export function QrFigure({
  href,
  label,
  caption,
  class: className,
  size,
}: {
  href: string;
  label: string;
  caption: string;
  class: string;
  size?: number;
}) {
  return (
    <figure class={className}>
      <QrCode text={href} label={label} size={size} />
      <figcaption>
        <a href={href} target="_blank" rel="noopener noreferrer">
          {caption}
        </a>
      </figcaption>
    </figure>
  );
}
