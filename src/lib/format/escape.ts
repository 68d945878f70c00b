/**
 * Escaping for markup written as a string (HTML or SVG), where Astro's own escaping does
 * not reach: the QR code's SVG, the feed, the bench's bare pages, and the case text's HTML.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escaping = (characters: RegExp) => (text: string): string => text.replace(characters, (char) => ENTITIES[char]);

/** `text` made safe as element content and as a double-quoted attribute value. */
export const escapeMarkup = escaping(/[&<>"]/g);

/**
 * A case text's words and attribute values, escaped as the MDX pipeline escaped them before
 * the case page wrote its text itself (src/lib/content/case-text.ts): its pages, and so what
 * Pagefind reads, stayed byte for byte the same.
 */
export const escapeProseText = escaping(/[&<>"']/g);
export const escapeProseAttribute = escaping(/[&"]/g);
