/**
 * When the search page searches while the reader types: once the typing pauses, and a pause is
 * judged by the reader's own rhythm. A fixed wait no longer than the gap between two keys
 * searches the prefixes on the way ("cha", "charg", …), and each of those searches fetches
 * index chunks and result fragments the final query does not need. Waiting half again as
 * long as the reader's usual gap searches once per pause for fast and slow typists alike, at
 * the cost of that wait after the last key.
 */
import { median } from '../format/numbers.ts';

/** The wait before the rhythm is known, and the least ever: a little over a quick typist's gap (about 200 ms). */
export const FIRST_PAUSE_MS = 300;
/** The longest wait: past it a reader feels the page is slow, whatever their rhythm. */
export const LONGEST_PAUSE_MS = 700;
/** A pause is this many times the reader's usual gap between keys. */
const PAUSE_FACTOR = 1.5;
/** Gaps longer than this are the reader stopping, not their rhythm. */
const LONGEST_GAP_MS = 1_000;
/** How many recent gaps make the rhythm. */
const GAPS_KEPT = 6;

/** Keeps the times of the reader's keys and says how long the next pause must be. */
export class TypingRhythm {
  private gaps: number[] = [];
  private lastKey: number | undefined;

  /** Records a key at `now` (milliseconds, any monotonic clock). */
  key(now: number): void {
    if (this.lastKey !== undefined) {
      const gap = now - this.lastKey;
      if (gap > 0 && gap <= LONGEST_GAP_MS) this.gaps = [...this.gaps, gap].slice(-GAPS_KEPT);
    }
    this.lastKey = now;
  }

  /** How long to wait after the last key before searching, in milliseconds. */
  pause(): number {
    if (this.gaps.length < 2) return FIRST_PAUSE_MS;
    return Math.round(Math.min(LONGEST_PAUSE_MS, Math.max(FIRST_PAUSE_MS, PAUSE_FACTOR * median(this.gaps))));
  }
}
