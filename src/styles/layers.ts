/**
 * The cascade layers, lowest first. A rule in a later layer wins over any rule in an earlier
 * one, whatever their selectors, so no stylesheet needs `!important` to beat another:
 * element defaults (`base`) yield to a component's own styles (`components`), and what paper
 * must override (`print`) wins over both. Every stylesheet puts its rules in one of these.
 *
 * The order is set by the first statement that names the layers, and the bundler may put any
 * component's styles first in a page's stylesheet: BaseLayout writes this statement in its own
 * <style>, ahead of the bundled one, and astro.config.mjs allows it by its hash.
 */
export const CASCADE_LAYERS = '@layer reset, tokens, base, components, print;';
