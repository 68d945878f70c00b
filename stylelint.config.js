/**
 * `npm run lint`'s stylesheet rules: stylelint's recommended set (mistakes, not formatting),
 * and the site's own: `!important` only where a rule must beat every cascade layer (each such
 * place says why), and no words written by a stylesheet (`content: "…"`): interface words come
 * from the dictionary.
 */
export default {
  extends: ['stylelint-config-recommended'],
  overrides: [
    // A `<style set:html={…}>` is filled when the page is built.
    { files: ['**/*.astro'], customSyntax: 'postcss-html', rules: { 'no-empty-source': null } },
  ],
  rules: {
    'declaration-no-important': true,
    // A quoted string holding a letter, strings read from the start so `' (' attr(href) ')'` passes.
    'declaration-property-value-disallowed-list': [
      { content: [/^(?:[^"']|"[^"]*"|'[^']*')*?(?:"[^"]*\p{L}[^"]*"|'[^']*\p{L}[^']*')/u] },
      { message: 'interface words come from the dictionary, not from a stylesheet' },
    ],
    // Astro's scoped styles reach into children with :global().
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
  },
};
