/**
 * The cascade layers, lowest first, so no stylesheet needs `!important` to beat another. The bundler
 * may put any component's styles first: BaseLayout writes this statement ahead of them.
 */
export const CASCADE_LAYERS = '@layer reset, tokens, base, components, print;';
