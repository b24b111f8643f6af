/**
 * Short seeded mutation run (issue 17), part of the unit project: 80 mutants of the demo filings, the demo taxonomy
 * and a report package, through the CLI. Invariants (harness.ts): exit 0, 1 or 2 only; JSON output that parses; no
 * stack trace; nothing that our parser or Python's expat finds not well-formed is valid; RSS within the bound. The long
 * run is `npm run fuzz -- --count 20000` (tests/fuzz/run.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, cleanUp, ExpatOracle, makeMutant, runMutant, strictJudgement, type Outcome } from './harness.js';

const COUNT = 80;
const corpus = await buildCorpus();
const oracle = ExpatOracle.start();
if (!oracle)
  console.warn(
    'SKIP expat opinion: python3 with xml.parsers.expat not found; well-formedness judged by our parser only',
  );
afterAll(() => {
  oracle?.stop();
  cleanUp(corpus.dir);
});

describe('mutation fuzzing (seeded)', () => {
  it('mutants are reproducible from their seed', () => {
    const s = corpus.seeds[0]!;
    expect(makeMutant(s, 42).file).toEqual(makeMutant(s, 42).file);
    expect(makeMutant(s, 42).file).not.toEqual(makeMutant(s, 43).file);
  });

  it(`${COUNT} mutants keep every invariant`, async () => {
    const outcomes: Outcome[] = [];
    const baseline = process.memoryUsage().rss;
    for (let i = 0; i < COUNT; i++) {
      const seed = corpus.seeds[i % corpus.seeds.length]!;
      outcomes.push(
        await runMutant(seed, 1700 + i, {
          schemaValidation: i % 10 === 0,
          oracle,
          rssLimitBytes: baseline + 3 * 4e6 + 512e6,
        }),
      );
    }
    expect(
      outcomes
        .filter((o) => o.violations.length)
        .map((o) => `${o.seed} #${o.mutantSeed} [${o.operators}]: ${o.violations.join('; ')}`),
    ).toEqual([]);
    // the run means something: mutants reach every outcome, and some are not well-formed by both opinions
    const exits = new Set(outcomes.map((o) => o.exit));
    expect([...exits].sort()).toEqual([0, 1, 2]);
    expect(outcomes.filter((o) => o.ourParser).length).toBeGreaterThan(10);
    if (oracle) expect(outcomes.filter((o) => o.expat).length).toBeGreaterThan(10);
  }, 180_000);

  it('strict judgement: a 6 MB attribute of a million &#x41; in vat-2024.xsd, with XML Schema validation, stays within its seed plus three times the document (24 MB over before xml:attributeTooLong)', () => {
    // mutant 17003041 of a long run (run.ts numbering); makeMutant depends on the seed and the number only
    const seed = corpus.seeds.find((s) => s.name === 'demo taxonomy vat-2024.xsd')!;
    const m = makeMutant(seed, 17003041);
    expect([m.operators, m.bytes.length]).toEqual([['longAttribute'], 6_006_180]);
    const { fresh, violation } = strictJudgement(seed, 17003041, true);
    expect(violation).toBeUndefined();
    expect(fresh!.limit).toBe(fresh!.seed + 3 * m.bytes.length);
    expect(fresh!.mutantPeaks).toHaveLength(5);
    // refused early, it is well within even without the noise allowance (21 MB under when measured)
    expect(fresh!.mutant).toBeLessThan(fresh!.limit);
  }, 180_000);
});
