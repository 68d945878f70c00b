/**
 * The address the site under test was built for: `SITE_URL` when the build was given one,
 * else the local address `npm start` and the tests build for (astro.config.mjs). Tests expect
 * this address in what is published, so a build for a public address that let the local
 * one through anywhere fails them.
 */
export const PUBLIC_ADDRESS = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
