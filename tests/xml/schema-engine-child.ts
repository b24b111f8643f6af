/**
 * Child process of schema-engine-memory.test.ts: runs the small validations of schema-engine-runs.ts in a fresh
 * process (so on fresh linear memories) and prints their results as one JSON line.
 */
import { smallResults } from './schema-engine-runs.js';

process.stdout.write(JSON.stringify(await smallResults()) + '\n');
