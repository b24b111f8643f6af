/** One artifact's bytes shared by worker threads: each loads its own Validator and gets the main thread's findings. */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';

const ROOT = resolve(__dirname, '../..');
const filings = ['fixtures/demo/vat-return-invalid.xbrl', 'fixtures/demo/vat-return-valid.xbrl'].map((f) =>
  resolve(ROOT, f),
);

describe('validator artifact across worker threads', () => {
  it('gives the same findings in two workers as in the main thread', async () => {
    const bytes = compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]).bytes;
    const shared = new SharedArrayBuffer(bytes.length);
    new Uint8Array(shared).set(bytes);
    const main = await Validator.load(bytes);
    const expected = [];
    for (const f of filings)
      expected.push(JSON.parse(JSON.stringify((await main.validate(f, { schemaValidation: false })).findings)));
    const run = () =>
      new Promise<unknown>((ok, fail) => {
        // the worker registers tsx's loader in its own thread, then imports the TypeScript worker module
        const api = pathToFileURL(
          resolve(createRequire(__filename).resolve('tsx/package.json'), '../dist/esm/api/index.mjs'),
        ).href;
        const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(resolve(__dirname, 'worker.ts')).href)}); });`;
        const w = new Worker(boot, { eval: true, workerData: { artifact: shared, filings } });
        w.once('message', (m) => {
          ok(m);
          void w.terminate();
        });
        w.once('error', fail);
      });
    const results = await Promise.all([run(), run()]);
    for (const r of results) expect(r).toEqual(expected);
    expect(expected[0].length).toBeGreaterThan(0);
  });
});
