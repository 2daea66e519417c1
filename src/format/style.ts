import type { ChalkInstance } from 'chalk';

/** Everything a human-readable formatter needs to know about where its text goes. */
export interface Style {
  /** Colors; a level-0 instance when color is off, so formatters never branch on it. */
  color: ChalkInstance;
  /** Columns to wrap to; Infinity to leave lines whole (pipes). */
  width: number;
}
