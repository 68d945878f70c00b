/**
 * `<search-page>`, on Pagefind's JS API. Text goes in as text; only Pagefind's escaped excerpt,
 * which holds nothing but <mark> elements, is set as HTML.
 */
import { highlightUrl, tidyMarks } from '../lib/search/highlight-terms.ts';
import { browseUrl, MAIN_THREAD_ATTRIBUTE, type BrowsePage } from '../lib/search/engine.ts';
import { CATEGORY_FILTER, GLOSSARY_CATEGORY } from '../lib/search/filters.ts';
import { hasCjk, suggestQuery } from '../lib/search/suggest.ts';
import { TypingRhythm } from '../lib/search/typing-pause.ts';
import { countSelector, fieldSelector, partSelector, type ResultField, type SearchPart } from '../lib/search/markup.ts';
import { CATEGORIES, getCategory, isCategoryId, type CategoryId } from '../lib/site/categories.ts';
import { translator } from '../lib/site/translate.ts';
import { searchUrl, searchVocabularyUrl } from '../lib/site/urls.ts';
import {
  cutQuery,
  parseSearchState,
  RESULTS_PER_PAGE,
  searchStateUrl,
  searchTerm,
  shownResult,
  statusMessage,
  type ResultData,
  type SearchState,
} from '../lib/search/state.ts';

/** pagefind.js has no types of its own. */
interface Pagefind {
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}
type FilterCounts = Record<string, Record<string, number> | undefined>;
interface PagefindSearch {
  results: { id: string; data(): Promise<ResultData> }[];
  totalFilters: FilterCounts;
}

/** A variable, so Vite leaves the import alone. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** As HTML only if it holds nothing but text and attribute-free <mark> elements. */
function setExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = document.createElement('template');
  parsed.innerHTML = tidyMarks(excerpt); // a template's content is inert: nothing loads or runs
  const onlyMarks = [...parsed.content.querySelectorAll('*')].every(
    (element) => element.localName === 'mark' && element.attributes.length === 0,
  );
  if (onlyMarks) target.replaceChildren(parsed.content);
  else target.textContent = parsed.content.textContent;
}

class SearchPage extends HTMLElement {
  private findPart<T extends Element>(name: SearchPart): T {
    const element = this.querySelector<T>(partSelector(name));
    if (!element) throw new Error(`<search-page>: its ${name} part is missing`);
    return element;
  }

  connectedCallback(): void {
    const say = translator(JSON.parse(this.dataset.words ?? '{}') as Record<string, string>);
    const form = this.findPart<HTMLFormElement>('form');
    const input = this.findPart<HTMLInputElement>('query');
    const filter = this.findPart<HTMLFieldSetElement>('filter');
    const glossaryCount = this.findPart<HTMLElement>('glossary');
    const status = this.findPart<HTMLElement>('status');
    const list = this.findPart<HTMLOListElement>('results');
    const more = this.findPart<HTMLButtonElement>('more');
    const empty = this.findPart<HTMLElement>('empty');
    const browse = this.findPart<HTMLElement>('browse');
    const template = this.findPart<HTMLTemplateElement>('result');
    const radios = [...filter.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const countFor = (id: CategoryId | '') => filter.querySelector<HTMLElement>(countSelector(id));

    filter.disabled = false;

    let pagefind: Promise<Pagefind> | undefined;
    const loadPagefind = (): Promise<Pagefind> => {
      pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
        await module.options({ excerptLength: 30, noWorker: this.hasAttribute(MAIN_THREAD_ATTRIBUTE) });
        await module.init();
        // No filter index is fetched: Pagefind loads it when the reader first narrows by category.
        return module;
      });
      return pagefind;
    };

    let vocabulary: Promise<string[]> | undefined;
    const loadVocabulary = (): Promise<string[]> => {
      vocabulary ??= fetch(searchVocabularyUrl())
        .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
        .catch(() => []);
      return vocabulary;
    };

    /** Each search gets a number; an answer that arrives after a newer search started is dropped. */
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rhythm = new TypingRhythm();
    let source: { total: number; page(index: number): Promise<ResultData[]> } = { total: 0, page: async () => [] };
    let shownPages = 0;
    let shownQuery = '';

    const readControls = (): SearchState => {
      const checked = radios.find((radio) => radio.checked)?.value ?? '';
      return isCategoryId(checked) ? { query: input.value, category: checked } : { query: input.value };
    };
    const writeControls = (state: SearchState) => {
      input.value = state.query;
      for (const radio of radios) radio.checked = radio.value === (state.category ?? '');
    };

    function showCounts(counts: Record<string, number> | undefined) {
      for (const [element] of caseCounts) element.toggleAttribute('data-count-unknown', !counts);
      if (!counts) {
        glossaryCount.hidden = true;
        return;
      }
      for (const category of CATEGORIES) {
        const target = countFor(category.id);
        if (target) target.textContent = `(${counts[category.id] ?? 0})`;
      }
      // With the glossary's, counted apart, the categories add up to "All".
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      const all = countFor('');
      if (all) all.textContent = `(${total})`;
      const inGlossary = counts[GLOSSARY_CATEGORY] ?? 0;
      glossaryCount.textContent = say('search.glossaryCount', { count: inGlossary });
      glossaryCount.hidden = inGlossary === 0;
    }

    function renderResult(result: ResultData): HTMLLIElement {
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      const field = (name: ResultField) => item.querySelector<HTMLElement>(fieldSelector(name))!;
      const link = field('link') as HTMLAnchorElement;
      const shown = shownResult(result);
      link.href = result.meta.category === GLOSSARY_CATEGORY ? shown.url : highlightUrl(shown.url, shownQuery);
      link.textContent = shown.title;
      const { subtitle = '', place = '' } = result.meta;
      const id = result.meta.category ?? '';
      const category = isCategoryId(id) ? getCategory(id).label : '';
      field('subtitle').textContent = subtitle;
      field('place').textContent = place;
      field('category').textContent = category;
      field('subtitle').hidden = subtitle === '';
      field('meta').hidden = place === '' && category === '';
      setExcerpt(field('excerpt'), shown.excerpt);
      return item;
    }

    /** Returns the first result added. */
    async function showMore(run: number): Promise<HTMLLIElement | undefined> {
      const results = await source.page(shownPages);
      if (run !== latest) return;
      shownPages += 1;
      const items = results.map(renderResult);
      list.append(...items);
      more.hidden = shownPages * RESULTS_PER_PAGE >= source.total;
      return items[0];
    }

    /** Shown again whenever no search is on. */
    const caseCounts = [...filter.querySelectorAll<HTMLElement>(countSelector())].map((element) => [element, element.textContent] as const);

    function showIdleCounts() {
      for (const [element, text] of caseCounts) {
        element.textContent = text;
        element.removeAttribute('data-count-unknown');
      }
      glossaryCount.hidden = true;
    }

    function showIdle() {
      showIdleCounts();
      list.hidden = true;
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      browse.hidden = false;
    }

    /** `data-search-state` is `done` once the latest search's outcome is on screen: what tests wait for. */
    async function run(state: SearchState) {
      const current = ++latest;
      status.dataset.searchState = 'busy';
      if (searchTerm(state.query) !== null || state.category) showSearching();
      try {
        await show(state, current);
      } finally {
        if (current === latest) status.dataset.searchState = 'done';
      }
    }

    /** Unchanged text is not announced again. */
    function showSearching() {
      if (status.textContent !== say('search.searching')) status.textContent = say('search.searching');
    }

    async function nothingFound(message: string, term: string, category: CategoryId | undefined, current: number) {
      // The message says the texts are English, and the cases are listed.
      const suggestion = hasCjk(term) ? null : suggestQuery(term, await loadVocabulary());
      if (current !== latest) return;
      browse.hidden = !hasCjk(term);
      empty.hidden = hasCjk(term);
      if (suggestion === null) {
        status.textContent = message;
        return;
      }
      const link = document.createElement('a');
      link.href = searchUrl(suggestion, category);
      link.textContent = suggestion;
      const [before, after] = say('search.didYouMean').split('{suggestion}');
      status.replaceChildren(`${message} ${before}`, link, after);
    }

    async function show(state: SearchState, current: number) {
      const { term, cut } = cutQuery(state.query);
      if (term === null && !state.category) {
        showIdle();
        status.textContent = say('search.idle');
        // Nothing is fetched until the reader starts.
        return;
      }
      try {
        let counts: Record<string, number> | undefined;
        if (term === null && state.category) {
          const category = state.category;
          const browse = (index: number) => fetch(browseUrl(category, index + 1)).then((response) => response.json() as Promise<BrowsePage>);
          const first = await browse(0);
          const asResults = ({ cases }: BrowsePage): ResultData[] =>
            cases.map(({ url, title, subtitle, place }) => ({ url, excerpt: '', meta: { title, subtitle, place, category }, sub_results: [] }));
          source = { total: first.total, page: (index) => (index === 0 ? Promise.resolve(asResults(first)) : browse(index).then(asResults)) };
        } else {
          const module = await loadPagefind();
          const search = await module.search(term, { filters: state.category ? { [CATEGORY_FILTER]: state.category } : {} });
          counts = search.totalFilters[CATEGORY_FILTER];
          source = {
            total: search.results.length,
            page: (index) => Promise.all(search.results.slice(index * RESULTS_PER_PAGE, (index + 1) * RESULTS_PER_PAGE).map((result) => result.data())),
          };
        }
        if (current !== latest) return;
        shownQuery = term ?? '';
        shownPages = 0;
        list.replaceChildren();
        await showMore(current);
        if (current !== latest) return;
        // A category browsed without words has the collection's counts.
        if (term === null) showIdleCounts();
        else showCounts(counts);
        const count = source.total;
        const message = statusMessage(say, count, term, state.category, cut);
        list.hidden = count === 0;
        if (count === 0 && term !== null) return await nothingFound(message, term, state.category, current);
        status.textContent = message;
        empty.hidden = count > 0;
        browse.hidden = true;
      } catch {
        if (current !== latest) return;
        showIdle();
        status.textContent = say(import.meta.env.DEV ? 'search.needsBuild' : 'search.failed');
      }
    }

    function commit(mode: 'push' | 'replace') {
      const state = readControls();
      const url = searchStateUrl(state);
      if (url !== location.pathname + location.search) {
        if (mode === 'push') history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      void run(state);
    }

    // Reaching the field is the sign a search is coming.
    input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      if (searchTerm(input.value) !== null) showSearching();
      // Typing refines one search: one history entry, not one per key.
      rhythm.key(performance.now());
      timer = setTimeout(() => commit('replace'), rhythm.pause());
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      commit('push');
    });
    filter.addEventListener('change', () => {
      clearTimeout(timer);
      commit('push');
    });
    // The button may vanish with the last page: focus moves to the first result it added.
    more.addEventListener('click', () => {
      void showMore(latest).then((first) => first?.querySelector('a')?.focus());
    });
    window.addEventListener('popstate', () => {
      clearTimeout(timer);
      const state = parseSearchState(location.search);
      writeControls(state);
      void run(state);
    });

    const initial = parseSearchState(location.search);
    writeControls(initial);
    void run(initial);
  }
}

customElements.define('search-page', SearchPage);
