// Worker for worker.test.ts: loads the artifact from shared bytes and validates the filings it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { Validator } from '../../src/artifact/node.js';

const { artifact, filings } = workerData as { artifact: SharedArrayBuffer; filings: string[] };
const validator = await Validator.load(new Uint8Array(artifact));
const out = [];
for (const f of filings) out.push((await validator.validate(f, { schemaValidation: false })).findings);
parentPort!.postMessage(out);
