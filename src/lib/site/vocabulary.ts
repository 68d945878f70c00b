/** A controlled vocabulary (categories, themes): the schema's enum and the lookups by id, derived once. */
interface Vocabulary<T extends { id: string }> {
  /** A tuple, for `z.enum`. */
  ids: [T['id'], ...T['id'][]];
  has(value: string): value is T['id'];
  /** An unknown id is a programming error. */
  get(id: T['id']): T;
}

export function defineVocabulary<T extends { id: string }>(entries: readonly T[], noun: string): Vocabulary<T> {
  const byId = new Map<string, T>(entries.map((entry) => [entry.id, entry]));
  return {
    ids: entries.map((entry) => entry.id) as [T['id'], ...T['id'][]],
    has: (value): value is T['id'] => byId.has(value),
    get: (id) => {
      const entry = byId.get(id);
      if (!entry) throw new Error(`Unknown ${noun} "${id}"`);
      return entry;
    },
  };
}
