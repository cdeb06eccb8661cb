// The settings part of a course package as a QR code, drawn as one SVG path (no HTML strings).
// qrcode-generator: small, no dependencies, MIT; here in its own chunk, loaded on request.
import qrcode from 'qrcode-generator';

/** The QR modules of a text, as UTF-8 bytes (the library's own byte mode keeps only the low byte). */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'L');
  code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_row, row) => Array.from({ length: size }, (_col, col) => code.isDark(row, col)));
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const modules = qrModules(text);
  const size = modules.length;
  const quiet = 4;
  const path = modules.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x + quiet} ${y + quiet}h1v1h-1z` : ''))).join('');
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size + 2 * quiet} ${size + 2 * quiet}`}
      shape-rendering="crispEdges"
      data-modules={size}
    >
      <rect width="100%" height="100%" fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
