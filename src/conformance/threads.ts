/**
 * Conformance variations on a pool of worker threads (`sbr conformance --concurrency N`, a piscina pool): each thread
 * validates one variation at a time with `validate()` exactly as the in-thread runner does (`runVariation`), judges it
 * there and sends back only the outcome. A thread keeps its process-wide caches (parsed documents,
 * src/xml/document-cache.ts) for its life. Outcomes come back in input order; a thread that dies (crash, out of
 * memory) fails its variation with the reason and piscina starts another for the rest.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ValidateOptions } from '../validate/node.js';
import type { VariationOutcome } from './runner.js';
import type { Variation } from './suite.js';
import type { VariationTask } from './worker.js';

export interface ThreadedRunOptions {
  /** Worker threads (at least 1). */
  threads: number;
  /** Options of every `validate()` call (plain data: no resolver, no taxonomy source). */
  validateOptions: ValidateOptions;
  /** Judge by the expected code alone (see `RunOptions.expectedAmongFindings`). */
  expectedAmongFindings?: boolean;
  /** Called as each variation completes (completion order). */
  onResult?: (o: VariationOutcome) => void;
  /** A pool started already (`startPool`), used and destroyed by the run; otherwise one is started here. */
  pool?: VariationPool;
}

/** Worker threads started ahead of a run (`startPool`), so that they load their modules while the suite is read. */
export interface VariationPool {
  readonly threads: number;
  /** Ends the threads (a pool that no run takes must be destroyed). */
  destroy(): Promise<void>;
}

interface StartedPool extends VariationPool {
  piscina: Piscina<VariationTask, VariationOutcome>;
}

/**
 * Starts `threads` worker threads (at least 1) for `runSuiteInThreads`: each begins loading the validator at once,
 * so a caller that starts them before reading the suite's documents overlaps the two (`sbr conformance`).
 */
export function startPool(threads: number): VariationPool {
  const n = Math.max(1, Math.floor(threads));
  const fromSource = import.meta.url.endsWith('.ts'); // tests run the TypeScript sources through tsx
  const piscina = new Piscina<VariationTask, VariationOutcome>({
    filename: fileURLToPath(new URL(fromSource ? './worker-source.mjs' : './worker.js', import.meta.url)),
    minThreads: n,
    maxThreads: n,
    idleTimeout: 60_000,
  });
  let ended: Promise<void> | undefined;
  const pool: StartedPool = { threads: n, piscina, destroy: () => (ended ??= piscina.destroy()) };
  return pool;
}

/**
 * Runs the variations the way `sbr conformance` validates them (`variationInputs`, `variationFormulaOptions`) on
 * `threads` worker threads. Returns the outcomes in input order; never rejects for a variation's failure.
 */
export async function runSuiteInThreads(
  variations: Variation[],
  options: ThreadedRunOptions,
): Promise<VariationOutcome[]> {
  const started = (options.pool ??
    startPool(Math.max(1, Math.min(Math.floor(options.threads), variations.length)))) as StartedPool;
  const pool = started.piscina;
  const outcomes: VariationOutcome[] = new Array(variations.length);
  try {
    await Promise.all(
      variations.map((variation, i) => {
        const task: VariationTask = {
          variation,
          options: options.validateOptions,
          expectedAmongFindings: !!options.expectedAmongFindings,
        };
        const started = performance.now();
        return pool.run(task).then(
          (o) => {
            outcomes[i] = o;
            options.onResult?.(o);
          },
          (e: unknown) => {
            const o: VariationOutcome = {
              variation,
              pass: false,
              actualErrors: [],
              reason: `the worker thread validating it ended (${e instanceof Error ? e.message : String(e)})`,
              ms: performance.now() - started,
            };
            outcomes[i] = o;
            options.onResult?.(o);
          },
        );
      }),
    );
  } finally {
    await started.destroy();
  }
  return outcomes;
}
