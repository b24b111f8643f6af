/**
 * `sbr serve [--validator FILE.sbrv]... [--port 8080] [--host 127.0.0.1] [--workers N]`: loads and checks each artifact,
 * starts the server and runs until SIGINT/SIGTERM. Exit code 2 when an artifact cannot be loaded or the port is taken.
 */
import { availableParallelism } from 'node:os';
import { loadArtifactFiles } from '../artifact/node.js';
import { FatalInputError } from '../findings.js';
import { buildServer } from './app.js';
import type { ServedValidator } from './routes.js';

/**
 * Reads and checks `.sbrv` files (envelope and sha256, as `Validator.load`); the id is the file name without `.sbrv`.
 * @throws FatalInputError `sbr:artifactNotFound`, `sbr:artifactCorrupt`, ...; `sbr:usage` for two artifacts with one id
 */
export async function loadServedValidators(paths: string[]): Promise<ServedValidator[]> {
  return (await loadArtifactFiles(paths)).map(({ id, path, bytes, validator }) => ({
    id,
    path,
    header: validator.header,
    bytes,
  }));
}

export async function runServeCommand(
  o: { validator?: string[]; port: string; host: string; workers?: string },
  io: { out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  const port = Number(o.port);
  const workers = o.workers === undefined ? Math.min(4, availableParallelism()) : Number(o.workers);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usage(io, `--port takes a port number, not "${o.port}"`);
  if (!Number.isInteger(workers) || workers < 1)
    return usage(io, `--workers takes a positive number, not "${o.workers}"`);
  let validators: ServedValidator[];
  try {
    validators = await loadServedValidators(o.validator ?? []);
  } catch (e) {
    if (e instanceof FatalInputError) {
      io.err(`sbr serve: ${e.finding.code}: ${e.finding.message}\n`);
      return 2;
    }
    throw e;
  }
  const app = await buildServer({ validators, workers });
  try {
    const address = await app.listen({ port, host: o.host });
    io.out(
      `sbr serve: listening on ${address} (${validators.map((v) => v.id).join(', ') || 'no validator'}; ${workers} workers)\n`,
    );
  } catch (e) {
    io.err(`sbr serve: cannot listen on ${o.host}:${port}: ${(e as Error).message}\n`);
    await app.close();
    return 2;
  }
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  return 0;
}

function usage(io: { err: (s: string) => void }, message: string): number {
  io.err(`sbr serve: ${message}\n`);
  return 2;
}
