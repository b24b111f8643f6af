/**
 * Judges the memory of fuzz mutants again (issue 17): `node --expose-gc --import tsx tests/fuzz/judge.ts N...` with the
 * mutant numbers a fuzz run printed (base seed 17, as tests/fuzz/run.ts). For each: the mutant as that run made it,
 * seed and mutant in fresh processes three times each in turn (harness.ts freshJudgement), and one JSON line with
 * both series of peaks in MB, the limit (the seed's median plus three times the document), the seed's spread of peaks
 * (noise) and how far over the limit the mutant's median is (negative: within; a violation only past the noise). The judgement is run.ts `--strict`'s (harness.ts strictJudgement).
 */
import { buildCorpus, cleanUp, makeMutant, strictJudgement } from './harness.js';
const BASE = 17;
const { dir, seeds } = await buildCorpus({ withAu: true });
for (const ms of process.argv.slice(2).map(Number)) {
  const i = ms - BASE * 1_000_003;
  const seed = seeds[i % seeds.length]!;
  const m = makeMutant(seed, ms);
  const { fresh: j } = strictJudgement(seed, ms, i % 10 === 0);
  const doc = Math.max(m.file.length, m.bytes.length);
  const r = (x: number) => Math.round(x / 1e6);
  console.log(
    JSON.stringify({
      mutant: ms,
      seed: seed.name,
      ops: m.operators,
      schema: i % 10 === 0,
      docMB: +(doc / 1e6).toFixed(2),
      ...(j
        ? {
            seedPeaks: j.seedPeaks.map(r),
            mutantPeaks: j.mutantPeaks.map(r),
            limit: r(j.limit),
            noise: r(j.noise),
            over: r(j.mutant - j.limit),
          }
        : { noFreshProcess: true }),
    }),
  );
}
cleanUp(dir);
