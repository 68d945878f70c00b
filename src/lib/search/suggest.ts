/** "Did you mean Guangchang?": near misses of the collection's own names, after a search found nothing. */

/** Shorter words have too many near misses. */
const MIN_WORD = 4;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Optimal string alignment: a swap of neighbouring letters ("Guangcahng") costs one. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

export const allowedDistance = (word: string): number => (word.length < 8 ? 1 : 2);

export function buildVocabulary(names: Iterable<string>): string[] {
  const words = new Map<string, string>();
  for (const name of names) {
    for (const [word] of name.matchAll(WORD)) {
      if (word.length >= MIN_WORD && !/^\p{N}+$/u.test(word) && !words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
    }
  }
  return [...words.values()].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The first of the nearest within the allowed distance; an exact match is no miss. */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MIN_WORD) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    const known = candidate.toLowerCase();
    if (known === lower) return undefined;
    if (Math.abs(known.length - lower.length) > allowedDistance(lower)) continue;
    const distance = editDistance(lower, known);
    if (distance <= allowedDistance(lower) && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

export function suggestQuery(query: string, vocabulary: readonly string[]): string | null {
  let changed = false;
  const suggestion = query.replace(WORD, (word) => {
    const nearest = nearestWord(word, vocabulary);
    if (nearest === undefined) return word;
    changed = true;
    return nearest;
  });
  return changed ? suggestion : null;
}

/** A script the English texts never use. */
export const hasCjk = (text: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
