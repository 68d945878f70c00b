/** Escaping for markup written as a string, where Astro's own escaping does not reach: the QR code's SVG, the feed. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** `text` made safe as element content and as a double-quoted attribute value. */
export const escapeMarkup = (text: string): string => text.replace(/[&<>"]/g, (char) => ENTITIES[char]);
