/** The pages of a built site, found by listing its folder, so a page added later is found too. */
import { existsSync, readdirSync } from 'node:fs';

/** Every `.html` file in `dir`, relative to it, sorted. */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build the site first (npm run build writes dist/)`);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** The address a built file is served at: `cases/baotou/index.html` → `/cases/baotou/`. */
export function pathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
