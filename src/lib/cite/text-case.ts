/**
 * Capitalisation as the citation styles ask for it: Chicago's headline style (CMOS 17,
 * 8.159 and, for hyphenated compounds, 8.161) and APA's sentence case (APA 7, 6.17).
 * Both keep what is already a name: a word with a capital inside it ("GB/T") and, in
 * sentence case, the proper names the caller lists.
 */

/**
 * Proper names the case titles use beyond their places, kept capitalised in sentence case.
 * "Party" is the Communist Party of China, a proper noun wherever the texts capitalise it.
 * Add a name here when a new case's subtitle uses one (its place names are kept already).
 */
export const PROPER_NOUNS: readonly string[] = ['Party'];

/** Words CMOS 8.159 sets in lower case inside a headline: articles, coordinating conjunctions, prepositions, "to" and "as". */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'for', 'or', 'nor', 'as', 'to',
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'at', 'before',
  'behind', 'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'despite', 'down', 'during',
  'except', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out',
  'outside', 'over', 'past', 'per', 'since', 'than', 'through', 'throughout', 'toward', 'towards',
  'under', 'underneath', 'until', 'up', 'upon', 'via', 'with', 'within', 'without',
]);

/** Prefixes that cannot stand alone as words: the element after them stays lower case (CMOS 8.161). */
const PREFIXES = new Set(['anti', 'co', 'de', 'inter', 'intra', 'multi', 'non', 'post', 'pre', 'pro', 're', 'semi', 'sub', 'un']);

/** A word with a capital after its first letter is a name or an abbreviation: left as written. */
const hasInnerCapital = (word: string): boolean => /\p{L}.*\p{Lu}/u.test(word.replace(/^\P{L}+/u, ''));
const capitalise = (word: string): string => word.replace(/\p{L}/u, (letter) => letter.toUpperCase());
/** The word without the punctuation around it: "“Lianxin" → "Lianxin". */
const bare = (word: string): string => word.replace(/^\P{L}+|\P{L}+$/gu, '');

/** Splits into words and the spaces between them; word n is at index 2n. */
const words = (text: string): string[] => text.split(/(\s+)/);
/** True for a word that starts a title or, after a colon, its subtitle. */
const startsUnit = (tokens: readonly string[], index: number): boolean =>
  index === 0 || /:$/.test(tokens[index - 2] ?? '');

/**
 * Headline style (CMOS 8.159): the first and last words and every major word capitalised;
 * articles, coordinating conjunctions, prepositions, "to" and "as" in lower case unless
 * first or last. Each element of a hyphenated compound is treated the same way (8.161),
 * "Primary-Level", "State-Owned", "High-Quality", except after a prefix ("Co-building").
 */
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

/** The indexes of the words that are names: whole `names` (phrases matched word for word) and words with inner capitals. */
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

/**
 * Sentence case (APA 7, 6.17): only the first word of the title, the first word after a
 * colon, and proper nouns capitalised. `names` are the proper names to keep.
 */
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

/**
 * `text` for BibTeX, each name's letters in braces ("{Inner} {Mongolia}"), so that a style that
 * sets titles in sentence case keeps them, and nothing else braced; `escape` is applied first.
 */
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
