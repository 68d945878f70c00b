/** Reads PDFs with poppler's command-line tools (`apt-get install -y poppler-utils`). */
import { execFileSync } from 'node:child_process';

/** The text of each page, in reading order, from `pdftotext`. */
export function pdfPageTexts(path: string): string[] {
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}
