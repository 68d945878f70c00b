/** The QR code drawing: a well-formed SVG whose modules a real decoder reads back. */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/qr';

/** Paints the SVG's rectangles (`M x y h w v1 h-w z`) into RGBA pixels, `scale` pixels a module. */
function rasterise(svg: string, scale: number): { data: Uint8ClampedArray; size: number } {
  const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row += 1) {
      for (let col = Number(x) * scale; col < (Number(x) + Number(w)) * scale; col += 1) {
        data.fill(0, (row * size + col) * 4, (row * size + col) * 4 + 3);
      }
    }
  }
  return { data, size };
}

describe('qrCodeSvg', () => {
  const url = 'https://cases.example.org/cases/fangzi-district/';
  const svg = qrCodeSvg(url, 'QR code: "this" & <that>');

  it('is one path on a white square, labelled, with no style attributes', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img"/);
    expect(svg).toContain('aria-label="QR code: &quot;this&quot; &amp; &lt;that&gt;"');
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).not.toContain('style=');
  });

  it('decodes to the text it was made from', () => {
    const { data, size } = rasterise(svg, 4);
    expect(jsQR(data, size, size)?.data).toBe(url);
  });
});
