/**
 * Issue 17 item 3: `validate()` calls of one Validator started together do not all work at once: they wait in a FIFO
 * queue for one of `concurrency` slots, so 300 filings passed to Promise.all never hold 300 filings' state at once.
 * Results equal sequential validation. Demo taxonomy (written for this project), compiled here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';
import { Validator as BrowserValidator } from '../../src/artifact/validator.js';
import type { DocumentResult } from '../../src/validate/core.js';

const REPO = resolve(import.meta.dirname, '../..');
const FILINGS = ['fixtures/demo/vat-return-valid.xbrl', 'fixtures/demo/vat-return-invalid.xbrl'].map((f) =>
  resolve(REPO, f),
);
const ENTRY = resolve(REPO, 'taxonomies/sbr-demo/vat-2024.xsd');

const summary = (r: DocumentResult) => `${r.valid} ${r.findings.map((f) => `${f.code}@${f.line}`).join(',')}`;

describe('Validator queue', () => {
  it('runs at most `concurrency` validations at once, in call order, with the results of sequential runs', async () => {
    const v = await Validator.load(compileArtifactFrom([ENTRY]).bytes);
    const filings = Array.from({ length: 12 }, (_, i) => ({
      url: FILINGS[i % 2]!,
      bytes: readFileSync(FILINGS[i % 2]!),
    }));
    const sequential: string[] = [];
    for (const f of filings) sequential.push(summary(await v.validate(f, { schemaValidation: false })));
    expect(new Set(sequential).size).toBe(2); // valid and invalid differ: the comparison below means something

    for (const concurrency of [1, 3]) {
      v.concurrency = concurrency;
      let most = 0;
      const order: number[] = [];
      const all = Promise.all(
        filings.map((f, i) =>
          v.validate(f, { schemaValidation: false }).then((r) => {
            order.push(i);
            return summary(r);
          }),
        ),
      );
      // sample the semaphore while the queue drains
      const probe = setInterval(() => (most = Math.max(most, v.pending.active)), 0);
      expect(v.pending.active + v.pending.waiting).toBe(filings.length);
      expect(v.pending.active).toBe(concurrency);
      const results = await all;
      clearInterval(probe);
      expect(results).toEqual(sequential);
      expect(most).toBeLessThanOrEqual(concurrency);
      if (concurrency === 1) expect(order).toEqual(filings.map((_, i) => i));
      expect(v.pending).toEqual({ active: 0, waiting: 0 });
    }
  });

  it('frees the slot when a validation throws, and refuses a filing above maxDocumentBytes', async () => {
    // the Node-free class (the Node subclass reads paths and adds xmllint around the same queue)
    const v = await BrowserValidator.load(compileArtifactFrom([ENTRY]).bytes);
    const bad = v.validate({ url: 'bad.xbrl', bytes: '<not-closed>' });
    const good = v.validate({ url: FILINGS[0]!, bytes: readFileSync(FILINGS[0]!) });
    // bad input is a result of kind unvalidated with its coded finding, never a rejection (new-user trial, item 2)
    await expect(bad).resolves.toMatchObject({ kind: 'unvalidated', findings: [{ code: 'xml:malformed' }] });
    expect((await good).valid).toBe(true);
    await expect(
      v.validate({ url: FILINGS[0]!, bytes: readFileSync(FILINGS[0]!) }, { maxDocumentBytes: 1000 }),
    ).resolves.toMatchObject({ kind: 'unvalidated', findings: [{ code: 'sbr:documentTooLarge' }] });
    expect(v.pending).toEqual({ active: 0, waiting: 0 });
  });

  it('the Node Validator passes the size limits on, and queues Inline XBRL as it queues instances', async () => {
    const v = await Validator.load(compileArtifactFrom([ENTRY]).bytes);
    // a path read by the Node subclass: before, its maxDocumentBytes was dropped and the filing validated
    await expect(v.validate(FILINGS[0]!, { schemaValidation: false, maxDocumentBytes: 1000 })).resolves.toMatchObject({
      kind: 'unvalidated',
      findings: [{ code: 'sbr:documentTooLarge' }],
    });
    const inline = resolve(REPO, 'fixtures/ixbrl/features.xhtml');
    await expect(v.validate(inline, { schemaValidation: false, maxDocumentBytes: 1000 })).resolves.toMatchObject({
      kind: 'unvalidated',
      findings: [{ code: 'sbr:documentTooLarge' }],
    });
    v.concurrency = 1;
    const runs = [v.validate(inline, { schemaValidation: false }), v.validate(inline, { schemaValidation: false })];
    expect(v.pending).toEqual({ active: 1, waiting: 1 });
    // (its t.xsd is not there: both end with the same refusal, one after the other)
    const [a, b] = await Promise.all(runs);
    expect([a!.kind, b!.kind]).toEqual(['unvalidated', 'unvalidated']);
    expect(v.pending).toEqual({ active: 0, waiting: 0 });
  });
});
