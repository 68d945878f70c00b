/** The one place pages get cases from, with their annotations, indexed once per build. */
import { getCollection, render } from 'astro:content';
import type { Annotations } from './case-plugin.ts';
import { buildCaseIndex, type Case, type CaseIndex } from './indexes.ts';
import { readSourceChecks, type SourceChecks } from './source-checks.ts';

let index: Promise<CaseIndex> | undefined;
let sourceChecks: Promise<SourceChecks> | undefined;

async function loadCases(): Promise<Case[]> {
  return Promise.all(
    (await getCollection('cases')).map(async (entry) => {
      const { remarkPluginFrontmatter } = await render(entry);
      return { id: entry.id, data: entry.data, annotations: remarkPluginFrontmatter.annotations as Annotations };
    }),
  );
}

export function getCases(): Promise<CaseIndex> {
  index ??= loadCases().then(buildCaseIndex);
  return index;
}

/** Read once per build; the loader has checked the file. */
export function getSourceChecks(): Promise<SourceChecks> {
  sourceChecks ??= readSourceChecks();
  return sourceChecks;
}
