/**
 * QR codes as inline SVG, made at build time: the `qrcode` package computes the
 * symbol, this draws it. A printed case carries one, so a phone can open the case
 * again from paper; no image file and no script are needed.
 */
import QRCode from 'qrcode';
import { escapeMarkup } from '../format/escape.ts';

/** The blank border a reader needs around the symbol, in modules (the standard asks for 4). */
const QUIET_ZONE = 4;

/**
 * SVG markup of a QR code for `text` (error correction M: still readable with
 * 15% of it smudged). One unit of the viewBox is one module; each run of dark
 * modules in a row is one stroke, one module wide, of the single path, drawn along
 * the row's middle: `M4 4.5h7` starts a row, `m3 0h2` moves on to the row's next run.
 * That is half the bytes of a rectangle per run (0.4 kB less on a gzipped case page).
 * `label` names the image for assistive technology.
 */
export function qrCodeSvg(text: string, label: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size + 2 * QUIET_ZONE;
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    /** Where the pen is in this row, once a run has been drawn in it. */
    let pen: number | undefined;
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      path += pen === undefined ? `M${start + QUIET_ZONE} ${row + QUIET_ZONE}.5` : `m${start - pen} 0`;
      path += `h${col - start}`;
      pen = col;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeMarkup(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path stroke="#000" d="${path}"/></svg>`
  );
}
