/**
 * Content collections. The one collection, `cases`, is the chapter's case
 * studies; its schema (with a JSDoc line per field) is in `src/lib/content/schema.ts`.
 */
import { defineCollection } from 'astro:content';
import { caseSchema } from './lib/content/schema.ts';
import { casesLoader } from './lib/content/loader.ts';
import { BUILD_DATE } from './lib/build/build-date.ts';

export const collections = {
  cases: defineCollection({ loader: casesLoader({ today: BUILD_DATE }), schema: caseSchema }),
};
