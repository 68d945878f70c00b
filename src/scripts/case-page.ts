/**
 * The case page's script, one module so that the page carries one small script: the print
 * button, the "Cite this case" section (the reader's day of access, the style they last chose,
 * copying a citation as rich text) with each paragraph's Cite button, and the highlighting of a
 * search's words when the page is opened from a search result.
 */
import { accessedToday, type AccessedForm } from '../lib/format/dates.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

const KEY = 'cite-style';
const section = document.querySelector<HTMLElement>('[data-cite-case]');

/**
 * Plain text and, beside it, HTML on the clipboard, so that italics survive in a word
 * processor; then `status` says so, or, where the Clipboard API is missing or refused, `failed` runs.
 */
const copy = (text: string, html: string, status: Element, done: string, failed: () => void) =>
  Promise.resolve()
    .then(() => navigator.clipboard.write([new ClipboardItem({ 'text/plain': text, 'text/html': html })]))
    .then(() => (status.textContent = done), failed);

if (section) {
  // Rendered for a page without JavaScript: what needs it is hidden, what it replaces shown; swap them.
  for (const element of section.querySelectorAll<HTMLElement>('[data-needs-js], [data-no-js]')) element.hidden = !element.hidden;
  for (const span of document.querySelectorAll<HTMLElement>('[data-accessed]')) span.textContent = accessedToday(span.dataset.accessed as AccessedForm);

  // The reader's style, remembered when opened and opened again on the next case; where storage
  // is refused (private modes, policies) the page simply forgets. Pin-cites use it, APA until then.
  let storage: Storage | undefined;
  try {
    storage = localStorage;
  } catch {}
  const stored = storage?.getItem(KEY);
  let chosen = 'apa';
  for (const details of section.querySelectorAll<HTMLDetailsElement>('details[data-style]')) {
    if (details.dataset.style === stored) [details.open, chosen] = [true, stored!];
    details.addEventListener('toggle', () => {
      if (!details.open) return;
      chosen = details.dataset.style!;
      storage?.setItem(KEY, chosen);
    });
  }

  // A style's Copy button: its entries, a blank line between them.
  for (const button of section.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', () => {
      const block = document.getElementById(button.dataset.copy!)!;
      const entries = [...block.querySelectorAll<HTMLElement>('[data-entry]')];
      const text = entries.map((entry) => entry.innerText.trim()).join('\n\n');
      copy(text, entries.map((entry) => entry.outerHTML).join(''), button.nextElementSibling!, button.dataset.copied!, () => {
        getSelection()?.selectAllChildren(block);
        button.nextElementSibling!.textContent = button.dataset.selected!;
      });
    });
  }

  // A paragraph's Cite button: the chosen style's citation of paragraph {n}, held once in the section.
  const placeholder = section.dataset.placeholder!;
  const status = section.querySelector<HTMLElement>('#pin-status')!;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-pin]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const fill = (text: string) => text.replaceAll(placeholder, button.dataset.pin!);
      const template = section.querySelector<HTMLElement>(`#pin-${chosen}`)!;
      const text = fill(template.textContent!);
      copy(text, fill(template.innerHTML), status, fill(status.dataset.copied!), () => (status.textContent = fill(status.dataset.shown!) + text));
    });
  }
}

// Opened from a search result (the parameter is the text's `data-highlight-param`): Pagefind's
// highlighter marks the search's words in the case's own text (never its headings or paragraph
// numbers, which are data-pagefind-ignore), and the first is brought into view. Its styles come
// from the site's stylesheet: the policy allows no style element a script adds.
const text = document.querySelector<HTMLElement>('.case-text');
const param = text?.dataset.highlightParam;
if (param && new URLSearchParams(location.search).has(param)) {
  const highlighter = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = await import(/* @vite-ignore */ highlighter);
  new PagefindHighlight({ highlightParam: param, markContext: '.case-text', addStyles: false });
  text!.querySelector('mark')?.scrollIntoView({ block: 'center' });
}
