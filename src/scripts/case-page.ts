/** The case page's script, one module so that the page carries one small script. */
import { accessedToday, type AccessedForm } from '../lib/format/dates.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

const KEY = 'cite-style';
const section = document.querySelector<HTMLElement>('[data-cite-case]');

/** HTML beside the plain text, so italics survive in a word processor; `failed` where the Clipboard API is refused. */
const copy = (text: string, html: string, status: Element, done: string, failed: () => void) =>
  Promise.resolve()
    .then(() => navigator.clipboard.write([new ClipboardItem({ 'text/plain': text, 'text/html': html })]))
    .then(() => (status.textContent = done), failed);

if (section) {
  // Rendered for a page without JavaScript: what needs it is hidden, what it replaces shown; swap them.
  for (const element of section.querySelectorAll<HTMLElement>('[data-needs-js], [data-no-js]')) element.hidden = !element.hidden;
  for (const span of document.querySelectorAll<HTMLElement>('[data-accessed]')) span.textContent = accessedToday(span.dataset.accessed as AccessedForm);

  // The reader's style, remembered for the next case; where storage is refused the page forgets.
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

  // The chosen style's citation of paragraph {n}, held once in the section.
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

// Opened from a search result: Pagefind's highlighter marks its words. Its styles are the site's:
// the policy allows no style element a script adds.
const text = document.querySelector<HTMLElement>('.case-text');
const param = text?.dataset.highlightParam;
if (param && new URLSearchParams(location.search).has(param)) {
  const highlighter = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = await import(/* @vite-ignore */ highlighter);
  new PagefindHighlight({ highlightParam: param, markContext: '.case-text', addStyles: false });
  text!.querySelector('mark')?.scrollIntoView({ block: 'center' });
}
