/**
 * Numbers summarised: the typing pause's rhythm (search/typing-pause.ts) and the bench's
 * timings.
 */

/** The middle value of `values` (the mean of the two middle ones for an even count); `values` is left as it was. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
