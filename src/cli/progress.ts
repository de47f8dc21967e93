/** A progress line for long batches: drawn on standard error, only when it is a terminal. */
export interface Progress {
  /** Counts one written record (ok or error) and redraws at most a few times a second. */
  update(ok: boolean): void;
  /** Draws the final counts and ends the line (nothing when not a terminal). */
  done(): void;
}

/** The part of a stream progress needs; `isTTY` decides whether anything is drawn. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Milliseconds between redraws (default 200). */
  interval?: number;
  /** Clock, in milliseconds (default `Date.now`). */
  now?: () => number;
}

/**
 * Creates the batch progress line ("storydiff batch: 1200 events, 3 errors, 41.5 events/s"). Piped or
 * redirected standard error gets nothing, so logs and pipelines stay clean.
 */
export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const interval = options.interval ?? 200;
  const started = now();
  let events = 0;
  let errors = 0;
  let drawn = 0;
  const draw = (): void => {
    const seconds = Math.max(0.001, (now() - started) / 1000);
    stream.write(`\rstorydiff batch: ${events} events, ${errors} errors, ${(events / seconds).toFixed(1)} events/s`);
  };
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  return {
    update(ok) {
      events += 1;
      if (!ok) errors += 1;
      const t = now();
      if (t - drawn >= interval) {
        drawn = t;
        draw();
      }
    },
    done() {
      draw();
      stream.write('\n');
    },
  };
}
