/**
 * The pool of validation worker threads of `sbr serve` (piscina). Each worker loads an artifact once, on its first
 * filing for it (src/server/worker.ts); a worker that dies (crash, out of memory, aborted after the time limit) is
 * replaced by piscina and its request rejected, so the process survives any filing.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ValidateOutcome, ValidateTask } from './worker.js';

export interface PoolOptions {
  /** Worker threads (default 2). */
  workers?: number;
  /** Requests waiting for a worker beyond which `run` refuses with `QueueFullError` (default 16 per worker). */
  maxQueue?: number;
  /** Heap limit of a worker in MB (default: Node's). */
  maxOldGenerationSizeMb?: number;
}

/** Thrown by `ValidationPool.run` when every worker is busy and the queue is full (the server answers 503). */
export class QueueFullError extends Error {}

/** A piscina pool running src/server/worker.ts (or the compiled worker.js next to this module). */
export class ValidationPool {
  readonly #pool: Piscina;
  readonly maxQueue: number;

  constructor(options: PoolOptions = {}) {
    const workers = Math.max(1, options.workers ?? 2);
    this.maxQueue = options.maxQueue ?? 16 * workers;
    const fromSource = import.meta.url.endsWith('.ts'); // tests run the TypeScript sources through tsx
    const filename = fileURLToPath(new URL(fromSource ? './worker-source.mjs' : './worker.js', import.meta.url));
    this.#pool = new Piscina({
      filename,
      minThreads: workers,
      maxThreads: workers,
      maxQueue: this.maxQueue,
      idleTimeout: 60_000 * 60,
      ...(options.maxOldGenerationSizeMb
        ? { resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb } }
        : {}),
    });
  }

  /** Requests waiting for a worker. */
  get queued(): number {
    return this.#pool.queueSize;
  }

  /** Worker threads alive. */
  get threads(): number {
    return this.#pool.threads.length;
  }

  /**
   * Validates in a worker. `signal` aborts the task (a running worker is terminated and replaced).
   * @throws QueueFullError when the queue is full; the AbortError of `signal`; an Error when the worker died
   */
  async run(task: ValidateTask, signal?: AbortSignal): Promise<ValidateOutcome> {
    if (this.#pool.queueSize >= this.maxQueue) throw new QueueFullError('every worker is busy and the queue is full');
    return (await this.#pool.run(task, signal ? { signal } : {})) as ValidateOutcome;
  }

  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}
