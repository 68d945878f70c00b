/**
 * Serves a built folder with Astro's preview server on a port the OS hands out, for the build
 * tests and `npm run bench`, which build into scratch folders of their own.
 */
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

export interface Preview {
  /** `http://localhost:<port>`, the origin of this server and no other. */
  origin: string;
  stop(): Promise<void>;
}

export async function startPreview(outDir: string): Promise<Preview> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const server = await preview({ root: fileURLToPath(new URL('../../', import.meta.url)), outDir, server: { port: 0 }, logLevel: 'error' });
  return { origin: `http://localhost:${server.port}`, stop: () => server.stop() };
}
