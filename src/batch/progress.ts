/**
 * The progress bar of a batch on a terminal (stderr): inputs done of the total, filings per second, time left and the
 * failures so far (invalid inputs, inputs that could not be validated). One line, redrawn in place with a carriage
 * return and erase-to-end-of-line (ECMA-48 EL, `ESC [ K`), at most ten times a second. The caller writes it only when
 * stderr is a terminal; nothing of it reaches a file or a pipe.
 */

export interface ProgressCounts {
  done: number;
  /** Inputs with an error finding. */
  invalid: number;
  /** Inputs that could not be validated at all (exit 2). */
  unvalidated: number;
}

/** `m:ss` (or `h:mm:ss`) for a number of seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The bar's line for `counts` of `total` after `elapsedMs`, fitted to `columns` (no line end):
 * `[=====>      ] 37/200  4.2 filings/s  0:39 left  3 invalid, 1 not validated`.
 */
export function progressLine(counts: ProgressCounts, total: number, elapsedMs: number, columns = 80): string {
  const rate = elapsedMs > 0 ? counts.done / (elapsedMs / 1000) : 0;
  const left = counts.done > 0 ? ((total - counts.done) * elapsedMs) / counts.done / 1000 : undefined;
  const failures =
    counts.invalid || counts.unvalidated
      ? [
          counts.invalid ? `${counts.invalid} invalid` : '',
          counts.unvalidated ? `${counts.unvalidated} not validated` : '',
        ]
          .filter(Boolean)
          .join(', ')
      : 'no failures';
  const text = ` ${counts.done}/${total}  ${rate.toFixed(1)} filings/s  ${left === undefined ? '-:--' : clock(left)} left  ${failures}`;
  const width = Math.max(10, Math.min(40, columns - text.length - 3));
  const filled = total > 0 ? Math.floor((counts.done / total) * width) : width;
  const bar = filled >= width ? '='.repeat(width) : '='.repeat(filled) + '>' + ' '.repeat(width - filled - 1);
  return `[${bar}]${text}`.slice(0, Math.max(1, columns - 1));
}

/** A progress bar writing to a terminal through `write`. */
export class ProgressBar {
  readonly #write: (s: string) => void;
  readonly #total: number;
  readonly #columns: number;
  readonly #start = performance.now();
  #counts: ProgressCounts = { done: 0, invalid: 0, unvalidated: 0 };
  #drawnAt = -Infinity;
  #shown = false;

  constructor(write: (s: string) => void, total: number, columns = 80) {
    this.#write = write;
    this.#total = total;
    this.#columns = columns;
  }

  /** Records one input done and redraws (at most every 100 ms, and always for the last input). */
  tick(outcome: 'valid' | 'invalid' | 'unvalidated'): void {
    const c = this.#counts;
    this.#counts = {
      done: c.done + 1,
      invalid: c.invalid + (outcome === 'invalid' ? 1 : 0),
      unvalidated: c.unvalidated + (outcome === 'unvalidated' ? 1 : 0),
    };
    const now = performance.now();
    if (now - this.#drawnAt >= 100 || this.#counts.done === this.#total) this.draw(now);
  }

  /** Draws the bar now. */
  draw(now = performance.now()): void {
    this.#drawnAt = now;
    this.#shown = true;
    this.#write(`\r${progressLine(this.#counts, this.#total, now - this.#start, this.#columns)}\x1b[K`);
  }

  /** Takes the bar off its line, e.g. before something else is printed on the terminal; `draw()` puts it back. */
  clear(): void {
    if (this.#shown) this.#write('\r\x1b[K');
    this.#shown = false;
  }

  /** Leaves the final state on its own line. */
  finish(): void {
    this.draw();
    this.#write('\n');
    this.#shown = false;
  }
}
