/**
 * QR codes as inline SVG, made at build time by the `qrcode` package. A printed case
 * carries one, so a phone can open the case again from paper; no image file and no
 * script are needed.
 */
import QRCode from 'qrcode';
import { escapeMarkup } from '../format/escape.ts';

/**
 * SVG markup of a QR code for `text`: error correction M (still readable with 15% of it
 * smudged) and the blank border the standard asks for. `label` names the image for
 * assistive technology. One mask pattern for all: choosing the best of the eight for each code
 * costs most of the time a code takes, and any of them reads.
 */
export async function qrCodeSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, maskPattern: 0 });
  return svg.trim().replace('<svg ', `<svg class="qr-code" role="img" aria-label="${escapeMarkup(label)}" `);
}
