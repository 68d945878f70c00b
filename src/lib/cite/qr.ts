/** A QR code as inline SVG, so a phone can open a printed case again. */
import { escape } from 'html-escaper';
import QRCode from 'qrcode';

/**
 * One mask pattern for all: choosing the best of eight costs most of a code's time, and any of them
 * reads. One byte-mode segment: the segmenter's search took twice the rest, to save a few bits on
 * a run of digits.
 */
export async function qrCodeSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString([{ data: new TextEncoder().encode(text), mode: 'byte' }], { type: 'svg', errorCorrectionLevel: 'M', margin: 4, maskPattern: 0 });
  return svg.trim().replace('<svg ', `<svg class="qr-code" role="img" aria-label="${escape(label)}" `);
}
