import QRCode from 'qrcode';
import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';

/** A QR code drawn in the browser: nothing is fetched from the internet. */
export function QrCode({ value, label, size }: { value: string; label: string; size: number }): ReactNode {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(value, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
      color: { dark: '#2b2420', light: '#ffffff' },
    })
      .then((markup) => !cancelled && setSvg(markup))
      .catch(() => !cancelled && setSvg(null));
    return () => {
      cancelled = true;
    };
  }, [value]);

  // Its size through a custom property, not an inline width: a short wall's stylesheet may draw it smaller.
  if (!svg)
    return <div className="qr qr--loading" style={{ '--qr-size': `${size}px` } as CSSProperties} aria-hidden="true" />;
  return (
    <img
      className="qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      width={size}
      height={size}
    />
  );
}
