/** The search page's plain functions (src/lib/search/), and the build's search index step with Pagefind itself. */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { HIGHLIGHT_PARAM, highlightTerms, highlightUrl, stem, tidyMarks } from '../../src/lib/search/highlight-terms.ts';
import { cutQuery, MAX_ADDRESS_LENGTH, MAX_QUERY_LENGTH, parseSearchState, searchStateUrl, searchTerm, shownResult, STATUS_SENTENCES, statusMessage } from '../../src/lib/search/state.ts';
import { allowedDistance, buildVocabulary, editDistance, hasCjk, nearestWord, suggestQuery } from '../../src/lib/search/suggest.ts';
import { FIRST_PAUSE_MS, LONGEST_PAUSE_MS, TypingRhythm } from '../../src/lib/search/typing-pause.ts';
import { translator } from '../../src/lib/site/translate.ts';
import { searchUrl } from '../../src/lib/site/urls.ts';
import { sentences, t } from '../../src/lib/site/words.ts';
import { scratchForTest } from '../support/scratch';

describe('search state in the URL', () => {
  it('reads the query and a known category', () => {
    expect(parseSearchState('?q=lianxin&category=emerging-fields')).toEqual({ query: 'lianxin', category: 'emerging-fields' });
    expect(parseSearchState('?q=a+b%20c')).toEqual({ query: 'a b c' });
    expect(parseSearchState('')).toEqual({ query: '' });
  });
  it('ignores an unknown or hostile category, and survives malformed escapes', () => {
    expect(parseSearchState('?q=x&category=Urban')).toEqual({ query: 'x' });
    expect(parseSearchState('?category=__proto__')).toEqual({ query: '' });
    expect(parseSearchState('?q=%E0%A4%A').query).toBeTypeOf('string');
    expect(parseSearchState('?q=%').query).toBe('%');
  });
  it('writes the address that reproduces a search, leaving out empty parts', () => {
    expect(searchStateUrl({ query: 'lianxin', category: 'emerging-fields' })).toBe('/search/?q=lianxin&category=emerging-fields');
    expect(searchStateUrl({ query: '  riders ' })).toBe('/search/?q=riders');
    expect(searchStateUrl({ query: '', category: 'rural' })).toBe('/search/?category=rural');
    expect(searchStateUrl({ query: '   ' })).toBe('/search/');
    expect(searchUrl('<b>&"')).toBe('/search/?q=%3Cb%3E%26%22');
  });
  it('round-trips any query', () => {
    for (const query of ['108,800', '"Lianxin Post Stations"', '30%', '基层党建', '<script>', 'a&category=rural']) {
      expect(parseSearchState(searchStateUrl({ query, category: 'urban' }).split('?')[1])).toEqual({ query, category: 'urban' });
    }
  });
  it('asks Pagefind for collapsed, bounded words, or nothing', () => {
    expect(searchTerm('  big   data ')).toBe('big data');
    expect(searchTerm(' \t\n ')).toBeNull();
    expect(searchTerm('x'.repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('cuts a long query at a word, never inside a character, and says it was cut', () => {
    expect(cutQuery('  party   building ')).toEqual({ term: 'party building', cut: false });
    expect(cutQuery('a'.repeat(MAX_QUERY_LENGTH))).toEqual({ term: 'a'.repeat(MAX_QUERY_LENGTH), cut: false });
    const sentence = 'party buildings '.repeat(20); // 320 characters: the limit falls inside "buildings"
    const { term, cut } = cutQuery(sentence);
    expect(cut).toBe(true);
    expect(term!.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(term).toMatch(/ party$/);
    expect(sentence.startsWith(term!)).toBe(true);
    // One long word is cut at the limit; an emoji's two halves stay together.
    expect(cutQuery('x'.repeat(300)).term).toHaveLength(MAX_QUERY_LENGTH);
    expect(cutQuery('x'.repeat(199) + '😀'.repeat(10)).term).toBe('x'.repeat(199));
  });
  it('writes an address under the length limit whatever is typed', () => {
    for (const query of ['基'.repeat(5000), '😀'.repeat(5000), '<"%&>'.repeat(1000), 'party '.repeat(1000), '\u{10FFFF}'.repeat(3000)]) {
      const url = searchStateUrl({ query, category: 'emerging-fields' });
      expect(url.length, query.slice(0, 10)).toBeLessThan(MAX_ADDRESS_LENGTH);
      expect(query.replace(/\s+/g, ' ').startsWith(parseSearchState(url.split('?')[1]).query), query.slice(0, 10)).toBe(true);
    }
  });
});

describe('what the search page announces', () => {
  // As the page's script reads them: the sentences handed over in its markup.
  const say = translator(sentences(STATUS_SENTENCES));

  it('counts results in the plural form the count asks for, in a category where one is chosen', () => {
    expect(statusMessage(say, 1, 'riders')).toBe(t('search.found', { count: 1, query: 'riders' }));
    expect(statusMessage(say, 3, 'party', 'urban')).toBe(t('search.foundIn', { count: 3, query: 'party', category: 'Urban' }));
    expect(statusMessage(say, 0, 'zeppelin', 'rural')).toBe(t('search.nothingIn', { query: 'zeppelin', category: 'Rural' }));
    expect(statusMessage(say, 2, null, 'rural')).toBe(t('search.browsing', { cases: t('count.cases', { count: 2 }), category: 'Rural' }));
  });

  it('shortens a long query, says when it was cut, and tells a query in Chinese that found nothing that the texts are English', () => {
    expect(statusMessage(say, 0, 'y'.repeat(100))).toBe(t('search.nothing', { query: `${'y'.repeat(59)}…` }));
    expect(statusMessage(say, 3, 'party', undefined, true)).toBe(`${t('search.found', { count: 3, query: 'party' })} ${t('search.cut', { length: MAX_QUERY_LENGTH })}`);
    expect(statusMessage(say, 0, '包头')).toBe(`${t('search.nothing', { query: '包头' })} ${t('search.inEnglish')}`);
    expect(statusMessage(say, 2, '中国 party')).toBe(t('search.found', { count: 2, query: '中国 party' }));
  });
});

describe('highlighting', () => {
  it('splits a query into words worth marking', () => {
    expect(highlightTerms('"Lianxin Post Stations"')).toEqual(['lianxin', 'post', 'stations']);
    expect(highlightTerms('  108,800  30% 4:30 ')).toEqual(['108,800', '30', '4:30']);
    expect(highlightTerms('<> ... Party party')).toEqual(['party']);
    expect(highlightTerms('word'.repeat(50) + ' bee cat dog eel fox gnu hen ibis jay kiwi lark mole')).toHaveLength(12);
  });
  it('marks content words only: no stop words, nothing under three letters unless a number', () => {
    expect(highlightTerms('The riders of the Party and its 5G network in 15 minutes, as a rule')).toEqual([
      'riders',
      'party',
      '5g',
      'network',
      '15',
      'minutes',
      'rule',
    ]);
    expect(highlightTerms('of the and to in a')).toEqual([]);
  });
  it('links a result with the words, each cut to its stem, as parameters', () => {
    expect(highlightUrl('/cases/baotou/', '"silver age" <b> stations')).toBe(`/cases/baotou/?${HIGHLIGHT_PARAM}=silver&${HIGHLIGHT_PARAM}=age&${HIGHLIGHT_PARAM}=station`);
    expect(highlightUrl('/cases/baotou/', '  ')).toBe('/cases/baotou/');
    expect(highlightUrl('/cases/baotou/', 'of the')).toBe('/cases/baotou/');
  });
  it('keeps the punctuation Pagefind marks with a word outside the mark', () => {
    expect(tidyMarks('to create 26 <mark>“Lianxin</mark> Post')).toBe('to create 26 “<mark>Lianxin</mark> Post');
    expect(tidyMarks('night <mark>schools,</mark> and <mark>(30%)</mark>')).toBe('night <mark>schools</mark>, and (<mark>30</mark>%)');
    expect(tidyMarks('<mark>&quot;party&quot;.</mark> <mark>4:30</mark>')).toBe('&quot;<mark>party</mark>&quot;. <mark>4:30</mark>');
    expect(tidyMarks('a <mark>—</mark> b')).toBe('a — b');
    expect(tidyMarks('no marks, “quotes”.')).toBe('no marks, “quotes”.');
  });
  it('puts the words before a #fragment, which stays last', () => {
    expect(highlightUrl('/glossary/2/#term-lianxin', 'lianxin')).toBe(`/glossary/2/?${HIGHLIGHT_PARAM}=lianxin#term-lianxin`);
    expect(highlightUrl('/glossary/?a=1#t', 'xyz')).toBe(`/glossary/?a=1&${HIGHLIGHT_PARAM}=xyz#t`);
  });
  it('stems plurals and verb forms to a prefix', () => {
    expect(stem('stations')).toBe('station');
    expect(stem('communities')).toBe('communit');
    expect(stem('services')).toBe('servic');
    expect(stem('is')).toBe('is');
  });
});

describe('what a result shows', () => {
  const sub = (title: string, url: string, locations: number[], explicit: boolean) => ({
    title,
    url,
    excerpt: `about <mark>${title}</mark>`,
    locations,
    anchor: explicit ? { title } : {},
  });

  it('a case: its page, title and excerpt', () => {
    const result = { url: '/cases/baotou/', excerpt: 'the <mark>party</mark>', meta: { title: 'Baotou, Inner Mongolia' }, sub_results: [] };
    expect(shownResult(result)).toEqual({ title: 'Baotou, Inner Mongolia', url: '/cases/baotou/', excerpt: 'the <mark>party</mark>' });
  });

  it('a glossary page: the titled entry holding most matches, named and linked', () => {
    const result = {
      url: '/glossary/2/',
      excerpt: 'page excerpt',
      meta: { title: 'Glossary' },
      sub_results: [
        sub('Glossary', '/glossary/2/', [3], false),
        sub('“Lianxin Post Stations”', '/glossary/2/#term-lianxin-post-stations', [40, 42], true),
        sub('“Red Property”', '/glossary/2/#term-red-property', [90], true),
      ],
    };
    expect(shownResult(result)).toEqual({
      title: 'Glossary: “Lianxin Post Stations”',
      url: '/glossary/2/#term-lianxin-post-stations',
      excerpt: 'about <mark>“Lianxin Post Stations”</mark>',
    });
  });

  it('sections started by headings without a title of their own do not count as entries', () => {
    const result = { url: '/cases/x/', excerpt: 'e', meta: { title: 'X' }, sub_results: [sub('The case', '/cases/x/#text', [5, 6], false)] };
    expect(shownResult(result).url).toBe('/cases/x/');
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours, one each', () => {
    expect(editDistance('guangchang', 'guangchang')).toBe(0);
    expect(editDistance('guanchang', 'guangchang')).toBe(1); // a letter left out
    expect(editDistance('guangcchang', 'guangchang')).toBe(1); // one too many
    expect(editDistance('guangchanq', 'guangchang')).toBe(1); // one wrong
    expect(editDistance('guangcahng', 'guangchang')).toBe(1); // two swapped
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('weifang', 'baotou')).toBeGreaterThan(allowedDistance('weifang'));
  });
  it('is symmetric', () => {
    for (const [a, b] of [['baotou', 'boatou'], ['fangzi', 'fang'], ['lianxin', 'lianxiang']]) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('the vocabulary and its suggestions', () => {
  const vocabulary = buildVocabulary([
    'Guangchang County, Jiangxi Province',
    'Baotou, Inner Mongolia',
    'Fangzi District, Weifang City',
    '“Lianxin Post Stations”',
    'Lianxiang Red Riders',
    '15-minute convenient living circle',
  ]);
  it('holds the names’ distinct words of four letters or more, numbers left out', () => {
    expect(vocabulary).toContain('Guangchang');
    expect(vocabulary).toContain('Lianxin');
    expect(vocabulary).not.toContain('Red');
    expect(vocabulary).not.toContain('15');
    expect(vocabulary).toContain('15-minute'); // a hyphenated name is one word
    expect(new Set(vocabulary.map((word) => word.toLowerCase())).size).toBe(vocabulary.length);
  });
  it('offers the nearest name for a near miss, in its own spelling', () => {
    expect(nearestWord('Guanchang', vocabulary)).toBe('Guangchang');
    expect(nearestWord('weifeng', vocabulary)).toBe('Weifang');
    expect(nearestWord('Boatou', vocabulary)).toBe('Baotou');
    expect(nearestWord('lianxn', vocabulary)).toBe('Lianxin');
  });
  it('offers nothing for a word it knows, a short word, or a word far from every name', () => {
    expect(nearestWord('guangchang', vocabulary)).toBeUndefined();
    expect(nearestWord('Rod', vocabulary)).toBeUndefined();
    expect(nearestWord('zeppelin', vocabulary)).toBeUndefined();
  });
  it('rewrites only the words that missed', () => {
    expect(suggestQuery('Guanchang riders', vocabulary)).toBe('Guangchang riders');
    expect(suggestQuery('"Lianxin Post Staions"', vocabulary)).toBe('"Lianxin Post Stations"');
    expect(suggestQuery('zeppelin', vocabulary)).toBeNull();
    expect(suggestQuery('', vocabulary)).toBeNull();
  });
  it('tells Chinese, Japanese and Korean from the English texts', () => {
    expect(hasCjk('包头')).toBe(true);
    expect(hasCjk('党建 party')).toBe(true);
    expect(hasCjk('カタカナ')).toBe(true);
    expect(hasCjk('한국')).toBe(true);
    expect(hasCjk('Guangchang 108,800 “quotes” — Ünïcode')).toBe(false);
  });
});

/** A typing rhythm after keys at these gaps (ms). */
function typed(...gaps: number[]): TypingRhythm {
  const rhythm = new TypingRhythm();
  let now = 1_000;
  rhythm.key(now);
  for (const gap of gaps) rhythm.key((now += gap));
  return rhythm;
}

describe('the pause before a search while typing', () => {
  it('is 300 ms until the rhythm is known', () => {
    expect(new TypingRhythm().pause()).toBe(FIRST_PAUSE_MS);
    expect(typed(120).pause()).toBe(FIRST_PAUSE_MS);
  });

  it('outlasts the gap between keys of a quick typist (200 ms), so no prefix is searched', () => {
    expect(typed(200, 200, 200, 200).pause()).toBe(300);
    expect(typed(200, 200, 200).pause()).toBeGreaterThan(200);
  });

  it('follows a slower typist: half again their usual gap', () => {
    expect(typed(300, 300, 300).pause()).toBe(450);
    expect(typed(400, 380, 420, 400).pause()).toBe(600);
  });

  it('reads the rhythm from the recent keys, a stray slow key or a stop not counted', () => {
    // One hesitation among quick keys barely moves the median.
    expect(typed(200, 200, 650, 200, 200).pause()).toBe(300);
    // A stop of seconds is the reader thinking, not their rhythm.
    expect(typed(250, 250, 5_000, 250).pause()).toBe(375);
    // The old rhythm fades: six recent gaps count.
    expect(typed(500, 500, 500, 500, 200, 200, 200, 200, 200, 200).pause()).toBe(300);
  });

  it('never waits longer than 700 ms, nor less than 300 ms', () => {
    expect(typed(900, 900, 900).pause()).toBe(LONGEST_PAUSE_MS);
    expect(typed(40, 40, 40, 40).pause()).toBe(FIRST_PAUSE_MS);
  });
});

describe('the search index step', () => {
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

  it('stops the build with its own words when no page is marked for search', async () => {
    const site = scratchForTest('pagefind-empty-');
    writeFileSync(join(site, 'index.html'), page('<p>Not marked.</p>'));
    await expect(writeSearchIndex(site)).rejects.toThrow(/^Search index: Pagefind failed to index .*: no page is marked for search/);
  });

  // Linux: the processes are read from /proc, found by a mark in their environment.
  it.runIf(process.platform === 'linux')('leaves no Pagefind running when the build fails while it indexes', async () => {
    const site = scratchForTest('pagefind-abandoned-');
    for (let i = 0; i < 500; i += 1) {
      mkdirSync(join(site, `cases/c${i}`), { recursive: true });
      writeFileSync(join(site, `cases/c${i}/index.html`), page(`<main data-pagefind-body><p>${`case ${i} text `.repeat(100)}</p></main>`));
    }
    const mark = `PAGEFIND_TEST_${process.pid}=${Date.now()}`;
    const marked = () =>
      readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== build.pid)
        .some((pid) => {
          try {
            return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(mark);
          } catch {
            return false; // the process ended while the list was read
          }
        });
    // A build that starts the index, then fails (process.exit) on a line from the test.
    const script = `import { writeSearchIndex } from ${JSON.stringify(new URL('../../src/integrations/pagefind.ts', import.meta.url).href)};
      writeSearchIndex(process.argv[1]).catch(() => {});
      process.stdin.once('data', () => process.exit(1));`;
    const [name, value] = mark.split('=');
    const build = spawn(process.execPath, ['--input-type=module', '-e', script, site], { env: { ...process.env, [name]: value } });
    const ended = new Promise((resolve) => build.on('exit', resolve));
    await expect.poll(marked, { timeout: 60_000, interval: 20 }).toBe(true);
    build.stdin.write('fail\n');
    expect(await ended).toBe(1);
    await expect.poll(marked, { timeout: 60_000, interval: 20 }).toBe(false);
  }, 180_000);
});
