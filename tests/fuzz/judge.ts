/**
 * Judges the memory of fuzz mutants again (issue 17): `node --expose-gc --import tsx tests/fuzz/judge.ts N...` with the
 * mutant numbers a fuzz run printed (base seed 17, as tests/fuzz/run.ts). For each: the mutant as that run made it,
 * seed and mutant in fresh processes five times each in turn, and one JSON line (harness.ts freshFigures) with both
 * series of peaks in MB, the limit (the seed's median plus three times the document), the seed's spread of peaks
 * (noise) and how far over the limit the mutant's median is (negative: within; a violation only past the noise). The
 * judgement is run.ts `--strict`'s (harness.ts strictJudgement); schema validation as run.ts's default, every 10th.
 */
import { buildCorpus, cleanUp, freshFigures, makeMutant, MUTANT_STRIDE, strictJudgement } from './harness.js';
const BASE = 17;
const { dir, seeds } = await buildCorpus({ withAu: true });
for (const ms of process.argv.slice(2).map(Number)) {
  const i = ms - BASE * MUTANT_STRIDE;
  const seed = seeds[i % seeds.length]!;
  const m = makeMutant(seed, ms);
  const { fresh: j } = strictJudgement(seed, ms, i % 10 === 0);
  const doc = Math.max(m.file.length, m.bytes.length);
  console.log(
    JSON.stringify({
      mutant: ms,
      seed: seed.name,
      ops: m.operators,
      schema: i % 10 === 0,
      docMB: +(doc / 1e6).toFixed(2),
      ...freshFigures(j),
    }),
  );
}
cleanUp(dir);
