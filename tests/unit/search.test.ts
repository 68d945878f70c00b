import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_PARAM,
  highlightPattern,
  highlightTerms,
  highlightUrl,
  matchRanges,
  stem,
  termsFromSearch,
  tidyMarks,
} from '../../src/lib/search/highlight-terms.ts';
import { cutQuery, MAX_ADDRESS_LENGTH, MAX_QUERY_LENGTH, parseSearchState, searchStateUrl, searchTerm, shownResult, statusMessage } from '../../src/lib/search/state.ts';
import { searchUrl } from '../../src/lib/site/urls.ts';
import { checkRun, PAGEFIND_DIR, SearchIndexError, writeSearchIndex } from '../../src/integrations/pagefind.ts';
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
    expect(statusMessage(3, term, undefined, cut)).toBe(
      `3 results match “${term!.slice(0, 59)}…”. Only the first ${MAX_QUERY_LENGTH} characters were searched: the query was cut at a word.`,
    );
  });
  it('writes an address under the length limit whatever is typed', () => {
    for (const query of ['基'.repeat(5000), '😀'.repeat(5000), '<"%&>'.repeat(1000), 'party '.repeat(1000), '\u{10FFFF}'.repeat(3000)]) {
      const url = searchStateUrl({ query, category: 'emerging-fields' });
      expect(url.length, query.slice(0, 10)).toBeLessThan(MAX_ADDRESS_LENGTH);
      expect(query.replace(/\s+/g, ' ').startsWith(parseSearchState(url.split('?')[1]).query), query.slice(0, 10)).toBe(true);
    }
  });
  it('tells a query in Chinese that finds nothing that the texts are English', () => {
    expect(statusMessage(0, '包头')).toBe(
      'Nothing matches “包头”. The texts are in English: search for English words or names, or open a case from the list below.',
    );
    expect(statusMessage(0, 'zeppelin')).toBe('Nothing matches “zeppelin”.');
    expect(statusMessage(2, '中国 party')).toBe('2 results match “中国 party”.');
  });
  it('announces counts in plain words', () => {
    expect(statusMessage(1, 'riders')).toBe('1 result matches “riders”.');
    expect(statusMessage(3, 'party', 'urban')).toBe('3 results match “party” in Urban.');
    expect(statusMessage(0, 'zeppelin')).toBe('Nothing matches “zeppelin”.');
    expect(statusMessage(2, null, 'rural')).toBe('2 cases in Rural, in chapter order.');
    expect(statusMessage(0, 'y'.repeat(100))).toBe(`Nothing matches “${'y'.repeat(59)}…”.`);
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
  it('links a result with the words as parameters, and reads them back', () => {
    const url = highlightUrl('/cases/baotou/', '"silver age" <b>');
    expect(url).toBe(`/cases/baotou/?${HIGHLIGHT_PARAM}=silver&${HIGHLIGHT_PARAM}=age`);
    expect(termsFromSearch(url.split('?')[1])).toEqual(['silver', 'age']);
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
  it('marks words starting with a term, whole short words only, case-insensitively', () => {
    const text = 'Stations and a station; the Riders, an AND gate: 108,800 services.';
    const marked = (terms: string[]) => matchRanges(text, highlightPattern(terms)!).map(([s, e]) => text.slice(s, e));
    expect(marked(['stations'])).toEqual(['Stations', 'station']);
    expect(marked(['rider'])).toEqual(['Riders']);
    expect(marked(['an'])).toEqual(['an']);
    expect(marked(['108,800', 'service'])).toEqual(['108,800', 'services']);
    expect(highlightPattern([])).toBeNull();
  });
  it('treats terms as text, never as a pattern', () => {
    const pattern = highlightPattern(['.*', '(a+)+$', '[x]'])!;
    expect(matchRanges('anything at all', pattern)).toEqual([]);
    expect(termsFromSearch('?highlight=.*&highlight=%3Cimg%3E')).toEqual(['img']);
  });
});

describe('the search index step', () => {
  it('passes when Pagefind exits cleanly, and stops the build with its words when not', () => {
    expect(() => checkRun('index', { code: 0, signal: null, output: '' })).not.toThrow();
    const failed = { code: 1, signal: null, output: 'Error: bad HTML in a.html\n\nError: bad HTML in a.html\n' };
    expect(() => checkRun('index the pages', failed)).toThrow(SearchIndexError);
    expect(() => checkRun('index the pages', failed)).toThrow(
      'Search index: Pagefind failed to index the pages:\n  - bad HTML in a.html\n  - (Pagefind exited with code 1)',
    );
    expect(() => checkRun('index', { code: null, signal: 'SIGKILL', output: '' })).toThrow('(Pagefind stopped by SIGKILL)');
  });

  const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

  it('indexes a built folder with Pagefind itself, counting the pages it holds', async () => {
    const site = scratchForTest('pagefind-site-');
    writeFileSync(join(site, 'index.html'), page('<main data-pagefind-body><h1>Lianxin Post Stations</h1><p>Riders rest here.</p></main>'));
    writeFileSync(join(site, 'about.html'), page('<main data-pagefind-body><h1>About</h1><p>How the cases were chosen.</p></main>'));
    const { pageCount, outputPath, warnings } = await writeSearchIndex(site);
    expect(pageCount).toBe(2);
    expect(outputPath).toBe(join(site, PAGEFIND_DIR));
    expect(existsSync(join(outputPath, 'pagefind.js'))).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('refuses a folder with no pages, in Pagefind\'s words', async () => {
    await expect(writeSearchIndex(scratchForTest('pagefind-empty-'))).rejects.toThrow(/not able to build an index[\s\S]*exited with code 1/);
  });

  /** Each wait below, generous enough for a loaded machine; the test's own timeout allows all of them. */
  const WAIT_MS = 60_000;

  // Linux only: it finds Pagefind among the running processes through /proc.
  it.runIf(process.platform === 'linux')('stops Pagefind when the build fails while it indexes', async () => {
    const site = scratchForTest('pagefind-abandoned-');
    // Enough pages to keep Pagefind busy for about a second after it starts.
    for (let i = 0; i < 3000; i += 1) writeFileSync(join(site, `p${i}.html`), page(`<main data-pagefind-body><p>${`case ${i} text `.repeat(150)}</p></main>`));
    // Pagefind's command line names the folder (`--site <folder>`); the build process's own does too, so it is left out.
    const pagefindRuns = () =>
      readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== build.pid)
        .some((pid) => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(site);
          } catch {
            return false; // the process ended while the list was read
          }
        });
    // A build process that starts the index, then fails (process.exit) on a line from the test.
    const script = `import { writeSearchIndex } from ${JSON.stringify(new URL('../../src/integrations/pagefind.ts', import.meta.url).href)};
      writeSearchIndex(process.argv[1]).catch(() => {});
      process.stdin.once('data', () => process.exit(1));`;
    const build = spawn(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script, site], {
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    const ended = new Promise((resolve) => build.on('exit', resolve));
    const waitFor = async (condition: () => boolean, what: string) => {
      for (const deadline = Date.now() + WAIT_MS; !condition(); await new Promise((resolve) => setTimeout(resolve, 10))) {
        if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s until ${what}`);
      }
    };
    await waitFor(pagefindRuns, 'Pagefind runs');
    build.stdin.write('fail\n');
    expect(await ended).toBe(1);
    await waitFor(() => !pagefindRuns(), 'Pagefind has stopped');
    expect(existsSync(join(site, PAGEFIND_DIR, 'pagefind-entry.json'))).toBe(false);
  }, 3 * WAIT_MS);
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
