/** Chicago's headline style (CMOS 17, 8.159, 8.161) and APA's sentence case (APA 7, 6.17). */

/** Proper names beyond a case's places, kept in sentence case: "Party" is the Communist Party of China. */
export const PROPER_NOUNS: readonly string[] = ['Party'];

/** Lower case inside a headline (CMOS 8.159). */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'for', 'or', 'nor', 'as', 'to',
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'at', 'before',
  'behind', 'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'despite', 'down', 'during',
  'except', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out',
  'outside', 'over', 'past', 'per', 'since', 'than', 'through', 'throughout', 'toward', 'towards',
  'under', 'underneath', 'until', 'up', 'upon', 'via', 'with', 'within', 'without',
]);

/** The element after these prefixes stays lower case (CMOS 8.161). */
const PREFIXES = new Set(['anti', 'co', 'de', 'inter', 'intra', 'multi', 'non', 'post', 'pre', 'pro', 're', 'semi', 'sub', 'un']);

/** A word with a capital after its first letter is a name or an abbreviation: left as written. */
const hasInnerCapital = (word: string): boolean => /\p{L}.*\p{Lu}/u.test(word.replace(/^\P{L}+/u, ''));
const capitalise = (word: string): string => word.replace(/\p{L}/u, (letter) => letter.toUpperCase());
const bare = (word: string): string => word.replace(/^\P{L}+|\P{L}+$/gu, '');

/** Word n is at index 2n, the spaces between them at odd indexes. */
const words = (text: string): string[] => text.split(/(\s+)/);
const startsUnit = (tokens: readonly string[], index: number): boolean =>
  index === 0 || /:$/.test(tokens[index - 2] ?? '');

/** "Primary-Level", "State-Owned", but "Co-building" (8.161). */
export function headlineCase(text: string): string {
  const tokens = words(text);
  const lastWord = tokens.length - 1;
  return tokens
    .map((token, index) => {
      if (index % 2 === 1 || hasInnerCapital(token)) return token;
      const edge = startsUnit(tokens, index) || index === lastWord;
      return token
        .split('-')
        .map((element, position, elements) => {
          const lower = bare(element).toLowerCase();
          if (position === 0) return edge || !MINOR_WORDS.has(lower) ? capitalise(element) : element.toLowerCase();
          if (PREFIXES.has(bare(elements[position - 1]).toLowerCase())) return element;
          return MINOR_WORDS.has(lower) ? element.toLowerCase() : capitalise(element);
        })
        .join('-');
    })
    .join('');
}

/** The indexes of words with inner capitals and of the words of `names`, matched word for word. */
function nameWords(tokens: readonly string[], names: readonly string[]): Set<number> {
  const kept = new Set<number>();
  for (let index = 0; index < tokens.length; index += 2) if (hasInnerCapital(tokens[index])) kept.add(index);
  for (const name of names) {
    const nameWords = name.split(/\s+/).filter(Boolean);
    for (let start = 0; start < tokens.length; start += 2) {
      const matches = nameWords.every((word, offset) => bare(tokens[start + 2 * offset] ?? '') === word);
      if (matches) nameWords.forEach((_, offset) => kept.add(start + 2 * offset));
    }
  }
  return kept;
}

export function sentenceCase(text: string, names: readonly string[] = PROPER_NOUNS): string {
  const tokens = words(text);
  const kept = nameWords(tokens, names);
  return tokens
    .map((token, index) => {
      if (index % 2 === 1 || kept.has(index)) return token;
      const lower = token.toLowerCase();
      return startsUnit(tokens, index) ? capitalise(lower) : lower;
    })
    .join('');
}

/** "{Inner} {Mongolia}": a style setting titles in sentence case keeps the names. */
export function bracedNames(text: string, names: readonly string[], escape: (text: string) => string): string {
  const tokens = words(text);
  const kept = nameWords(tokens, names);
  return tokens
    .map((token, index) => {
      if (!kept.has(index)) return escape(token);
      const [, before, word, after] = /^(\P{L}*)(.*?)(\P{L}*)$/u.exec(token)!;
      return `${escape(before)}{${escape(word)}}${escape(after)}`;
    })
    .join('');
}
