/**
 * The search runs once the typing pauses, judged by the reader's own rhythm: a fixed wait would
 * search, for a slow typist, each prefix on the way, fetching what the final query does not need.
 */
import { median } from '../format/numbers.ts';

/** The wait before the rhythm is known, and the least ever: a little over a quick typist's gap. */
export const FIRST_PAUSE_MS = 300;
/** Past this a reader feels the page is slow, whatever their rhythm. */
export const LONGEST_PAUSE_MS = 700;
/** A pause is this many times the reader's usual gap between keys. */
const PAUSE_FACTOR = 1.5;
/** Longer gaps are the reader stopping, not their rhythm. */
const LONGEST_GAP_MS = 1_000;
const GAPS_KEPT = 6;

export class TypingRhythm {
  private gaps: number[] = [];
  private lastKey: number | undefined;

  /** `now` in milliseconds, on any monotonic clock. */
  key(now: number): void {
    if (this.lastKey !== undefined) {
      const gap = now - this.lastKey;
      if (gap > 0 && gap <= LONGEST_GAP_MS) this.gaps = [...this.gaps, gap].slice(-GAPS_KEPT);
    }
    this.lastKey = now;
  }

  pause(): number {
    if (this.gaps.length < 2) return FIRST_PAUSE_MS;
    return Math.round(Math.min(LONGEST_PAUSE_MS, Math.max(FIRST_PAUSE_MS, PAUSE_FACTOR * median(this.gaps))));
  }
}
