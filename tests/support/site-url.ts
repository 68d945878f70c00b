/** The address the build under test was made for; a public build that lets the local one through fails the tests. */
export const PUBLIC_ADDRESS = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
