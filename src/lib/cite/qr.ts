/** A QR code as inline SVG, so a phone can open a printed case again. */
import { escape } from 'html-escaper';
import QRCode from 'qrcode';

/** One mask pattern for all: choosing the best of eight costs most of a code's time, and any of them reads. */
export async function qrCodeSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, maskPattern: 0 });
  return svg.trim().replace('<svg ', `<svg class="qr-code" role="img" aria-label="${escape(label)}" `);
}
