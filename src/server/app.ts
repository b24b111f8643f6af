/**
 * The HTTP service of `sbr serve` (Fastify), one plugin per concern: errors and limits (errors.ts), metrics
 * (metrics.ts), the API (routes.ts) and the portal (portal.ts). Validation runs in a worker pool (pool.ts).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { fileURLToPath } from 'node:url';
import { registerErrorHandling } from './errors.js';
import { Metrics, metricsPlugin } from './metrics.js';
import { ValidationPool } from './pool.js';
import { apiRoutes, type ServedValidator } from './routes.js';
import { portalRoutes } from './portal.js';

export interface ServerOptions {
  validators: ServedValidator[];
  /** Worker threads (default 2). */
  workers?: number;
  /** Largest request body in bytes (default 100 MiB). */
  bodyLimit?: number;
  /** Time per validation in ms (default 60 000). */
  requestTimeoutMs?: number;
  /** Requests waiting for a worker before 503 (default 16 per worker). */
  maxQueue?: number;
  /** Folder of the built portal (default dist/portal next to the package). */
  portalDir?: string;
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 100 * 1024 * 1024;

/** Builds the server (not listening yet); `app.close()` also stops the worker pool. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    bodyLimit,
    logger: options.logger ?? false,
    requestTimeout: (options.requestTimeoutMs ?? 60_000) + 30_000,
  });
  const pool = new ValidationPool({
    workers: options.workers ?? 2,
    ...(options.maxQueue !== undefined ? { maxQueue: options.maxQueue } : {}),
  });
  const metrics = new Metrics();
  registerErrorHandling(app);
  const m = metricsPlugin(metrics, () => ({ sbr_queue_waiting: pool.queued, sbr_worker_threads: pool.threads }));
  (m as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true; // its hook times every route
  await app.register(m);
  await app.register(
    apiRoutes({
      validators: options.validators,
      pool,
      metrics,
      bodyLimit,
      requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
    }),
  );
  await app.register(portalRoutes(options.portalDir ?? fileURLToPath(new URL('../../dist/portal/', import.meta.url))));
  app.addHook('onClose', async () => pool.close());
  return app;
}
