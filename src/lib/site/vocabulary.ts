/**
 * A controlled vocabulary (the categories, the themes): a fixed list of entries with
 * ids, from which the schema's enum and the lookups by id are derived once.
 */
export interface Vocabulary<T extends { id: string }> {
  /** The ids in list order, as a tuple for `z.enum`. */
  ids: [T['id'], ...T['id'][]];
  has(value: string): value is T['id'];
  /** The entry of a known id; an unknown one is a programming error and throws. */
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
