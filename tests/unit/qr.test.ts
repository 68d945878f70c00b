/** The QR code: an SVG, labelled, whose modules a real decoder reads back. */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/cite/qr.ts';

/**
 * Paints the path's one-module-wide strokes into RGBA pixels, `scale` pixels a module:
 * `M x y.5 h w` starts a row at x, `m dx 0 h w` moves dx past the pen's end.
 */
function rasterise(svg: string, scale: number): { data: Uint8ClampedArray; size: number } {
  const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  // The dark modules' path; the other one paints the white square behind them.
  const path = /<path stroke="[^"]*" d="([^"]*)"/.exec(svg)![1];
  let pen = 0;
  let top = 0;
  const drawn = path.replace(/([Mm])(\d+) (\d+)(?:\.5)?h(\d+)/g, (_, move: string, dx: string, y: string, width: string) => {
    const x = move === 'M' ? Number(dx) : pen + Number(dx);
    if (move === 'M') top = Number(y);
    pen = x + Number(width);
    for (let row = top * scale; row < (top + 1) * scale; row += 1) {
      for (let col = x * scale; col < pen * scale; col += 1) data.fill(0, (row * size + col) * 4, (row * size + col) * 4 + 3);
    }
    return '';
  });
  expect(drawn, 'only M…h and m…h commands').toBe('');
  return { data, size };
}

describe('qrCodeSvg', async () => {
  const url = 'https://cases.example.org/cases/fangzi-district/';
  const svg = await qrCodeSvg(url, 'QR code: "this" & <that>');

  it('is an SVG labelled as an image, with no style attributes', () => {
    expect(svg).toMatch(/^<svg class="qr-code" role="img" aria-label="[^"]*" xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svg).toContain('aria-label="QR code: &quot;this&quot; &amp; &lt;that&gt;"');
    expect(svg).not.toContain('style=');
  });

  it('decodes to the text it was made from', () => {
    const { data, size } = rasterise(svg, 4);
    expect(jsQR(data, size, size)?.data).toBe(url);
  });
});
