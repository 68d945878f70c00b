/**
 * Each case's `.ris` and `.bib`, from the built `/cases.csl.json`: a route for each small file
 * would cost Astro's renderer more than writing them does, at thousands of cases.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { slugOfKey, type CslRecord } from '../lib/cite/csl.ts';
import { REFERENCE_FORMATS } from '../lib/cite/formats.ts';
import { caseBibUrl, caseRisUrl, casesCslJsonUrl } from '../lib/site/urls.ts';

/** Synchronous: nothing else runs in the hook, and awaiting each small file through the thread pool took half as long again. */
export function caseReferenceFiles(): AstroIntegration {
  return {
    name: 'case-reference-files',
    hooks: {
      'astro:build:generated': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const records = JSON.parse(readFileSync(join(root, casesCslJsonUrl()), 'utf8')) as CslRecord[];
        const byCase = Map.groupBy(records, (record) => slugOfKey(record.id));
        mkdirSync(dirname(join(root, caseRisUrl('x'))), { recursive: true });
        for (const [slug, own] of byCase) {
          writeFileSync(join(root, caseRisUrl(slug)), REFERENCE_FORMATS.ris.write(own));
          writeFileSync(join(root, caseBibUrl(slug)), REFERENCE_FORMATS.bib.write(own));
        }
        logger.info(`reference files written for ${byCase.size} cases`);
      },
    },
  };
}
