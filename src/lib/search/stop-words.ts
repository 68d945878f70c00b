/** A search for a pasted sentence must mark what it is about, not every "the" and "of" of the case. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just may me might more most must
  my myself no nor not now of off on once only or other our ours ourselves out over own same shall she should
  so some such than that the their theirs them themselves then there these they this those through to too
  under until up upon very via was we were what when where which while who whom whose why will with within
  without would yet you your yours yourself yourselves`.split(/\s+/),
);

/** Shorter words say nothing unless they hold a digit ("5G"). */
const MIN_CONTENT_WORD = 3;

export const isContentWord = (word: string): boolean =>
  /\p{N}/u.test(word) || (word.length >= MIN_CONTENT_WORD && !STOP_WORDS.has(word.toLowerCase()));
