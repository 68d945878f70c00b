/**
 * Puts text on the clipboard as plain text and, where the browser takes it, as HTML beside it,
 * so that a citation pasted into a word processor keeps its italics. Rejects where the Clipboard
 * API is missing or refused (an insecure context, an old browser); callers then show the text.
 */
export const copyRich = (text: string, html: string): Promise<void> =>
  Promise.resolve().then(() =>
    typeof ClipboardItem === 'function'
      ? navigator.clipboard.write([
          new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
        ])
      : navigator.clipboard.writeText(text),
  );

/** The entries an element marks (`[data-entry]`), or the element itself: as text, a blank line between, and as HTML. */
export function entriesOf(block: HTMLElement): { text: string; html: string } {
  const entries = block.querySelector('[data-entry]') ? [...block.querySelectorAll<HTMLElement>('[data-entry]')] : [block];
  return { text: entries.map((entry) => entry.innerText.trim()).join('\n\n'), html: entries.map((entry) => entry.outerHTML).join('') };
}
