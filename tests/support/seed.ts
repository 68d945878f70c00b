/** Reads the source document into its cases, independently of the content files, to hold the site to it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The verbatim copy in tests/fixtures/ (its README says where it comes from). */
export const SEED_PATH = fileURLToPath(new URL('../fixtures/000_e33b39defbb2736d.txt', import.meta.url));
/** The SHA-256 of the document, as given in tests/fixtures/README.md: the copy is the document, byte for byte. */
export const SEED_SHA256 = '49a1ce751ffcc3ee9bbbbf541f3e9389ebc2375862a6c804ea61ad9b3f23f150';

export interface SeedCase {
  /** The number in "(1) Urban Party Building": the case's chapter order. */
  order: number;
  /** "Baotou, Inner Mongolia: Upgrading …": the line after the section heading. */
  headline: string;
  paragraphs: string[];
  sourceUrl?: string;
}

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

/** A paragraph that stops mid-sentence was split by a page break: join it to the next. */
const endsSentence = (paragraph: string) => /[.!?”"]$/.test(paragraph);

export function readSeed(path = SEED_PATH): SeedCase[] {
  const blocks = readFileSync(path, 'utf8')
    .split(/\n\s*\n/)
    .map(normalise)
    .filter(Boolean);
  const cases: SeedCase[] = [];
  let current: SeedCase | undefined;
  let expectHeadline = false;
  for (const block of blocks) {
    const section = /^\((\d+)\) /.exec(block);
    if (section) {
      current = { order: Number(section[1]), headline: '', paragraphs: [] };
      cases.push(current);
      expectHeadline = true;
    } else if (!current) {
      continue; // the chapter title and its list of sections
    } else if (expectHeadline) {
      current.headline = block;
      expectHeadline = false;
    } else if (block.startsWith('Source:')) {
      current.sourceUrl = /<([^>]+)>/.exec(block)?.[1];
    } else {
      const last = current.paragraphs.at(-1);
      if (last !== undefined && !endsSentence(last)) {
        current.paragraphs[current.paragraphs.length - 1] = `${last} ${block}`;
      } else {
        current.paragraphs.push(block);
      }
    }
  }
  return cases;
}
