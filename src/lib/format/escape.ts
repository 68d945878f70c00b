/** For markup written as a string, where Astro's own escaping does not reach. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Safe as element content and as a double-quoted attribute value. */
export const escapeMarkup = (text: string): string => text.replace(/[&<>"]/g, (char) => ENTITIES[char]);
