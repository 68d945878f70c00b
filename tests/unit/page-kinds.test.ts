import { describe, expect, it } from 'vitest';
import { hasOwnSearch, PAGE_KINDS, pageKind } from '../../src/lib/site/page-kinds.ts';
import { accessibilityWords } from '../../src/lib/site/words.ts';

describe('page kinds', () => {
  it('tell every address the site serves by its shape, and nothing else', () => {
    const cases: [string, string | undefined][] = [
      ['/', 'home'],
      ['/categories/urban/', 'category'],
      ['/categories/urban/2/', 'category'],
      ['/cases/baotou/', 'case'],
      ['/search/', 'search'],
      ['/search/?category=rural', 'search'],
      ['/search/?q=service', 'search-results'],
      ['/search/?category=rural&q=service', 'search-results'],
      ['/themes/', 'themes'],
      ['/themes/digital-platforms/', 'theme'],
      ['/glossary/2/', 'glossary'],
      ['/compare/', 'compare'],
      ['/about/', 'about'],
      ['/accessibility/', 'accessibility'],
      ['/404.html', 'not-found'],
      ['/cases/baotou/extra/', undefined],
      ['/cases.json', undefined],
    ];
    for (const [path, kind] of cases) expect(pageKind(path), path).toBe(kind);
  });
  it('home and search carry their own search field; the others take the header’s', () => {
    expect(['/', '/search/', '/search/?q=a', '/cases/baotou/', '/404.html'].map(hasOwnSearch)).toEqual([true, true, true, false, false]);
  });
  it('each has its name in the accessibility statement', () => {
    expect(Object.keys(accessibilityWords.pageKinds).sort()).toEqual([...PAGE_KINDS].sort());
  });
});
