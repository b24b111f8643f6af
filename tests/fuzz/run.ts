/**
 * The long fuzz run (issue 17): `npm run fuzz -- --count 20000 [--seed S] [--from I] [--schema-every K] [--no-au]
 * [--out FILE]`. `--from I` starts at mutant number I (default 0), so that a long run can be split into shards that
 * together make the same mutants: `--count 10000` and `--from 10000 --count 10000` are the 20,000 of one run.
 * Mutants cycle through the seeds of harness.ts; every K-th mutant (default 10) is validated with XML Schema validation
 * (xmllint), the others with --no-schema-validation (where the false valid was). Prints, at the end: mutants,
 * outcome counts per exit code, per seed and per operator, the slowest inputs, peak RSS, disagreements between our
 * parser and expat, and every invariant violation with the seed and mutant number that reproduce it
 * (`makeMutant(seed, n)`). Exit code 1 when there is a violation.
 *
 * `--strict K`: after the run, K mutants are judged again in fresh processes whatever their in-run RSS (harness.ts
 * `strictJudgement`: medians of five fresh processes each of seed and mutant, limit the seed's plus three times the
 * document, exceeded by more than the seed's own spread of peaks), so that the invariant "peak memory within three times the largest document" is shown, not assumed from the
 * in-run gate's 256 MB of slack. Chosen in turn from the mutants of highest RSS growth per document byte and of highest
 * absolute growth (`Outcome.rssGrowth`, ties: the larger document first); a mutant the in-run gate already judged keeps
 * that verdict. A mutant above the limit is a violation, as in the in-run gate; the report's `strict` lists them all.
 */
import { writeFileSync } from 'node:fs';
import {
  buildCorpus,
  cleanUp,
  ExpatOracle,
  freshFigures,
  MUTANT_STRIDE,
  overNoise,
  runMutant,
  strictJudgement,
  type Outcome,
} from './harness.js';

function arg(name: string, dflt?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

const count = Number(arg('count', '1000'));
const base = Number(arg('seed', '17'));
const from = Number(arg('from', '0'));
const schemaEvery = Number(arg('schema-every', '10'));
const outFile = arg('out');
const withAu = !process.argv.includes('--no-au');
const strict = Number(arg('strict', '0'));
/** The mutants of the strict judgement, once judged (`--strict`). */
let strictJudged: Outcome[] | undefined;

const { dir, seeds } = await buildCorpus({ withAu });
const oracle = ExpatOracle.start();
if (!oracle) console.log('python3 with expat not found: well-formedness is judged by our parser only');
console.log(
  `fuzz: ${count} mutants from #${from}, base seed ${base}, ${seeds.length} seeds (${seeds.map((s) => s.name).join('; ')}), XML Schema validation every ${schemaEvery}th`,
);

function buildReport(seconds: number) {
  const countBy = <K extends string | number>(f: (o: Outcome) => K) => {
    const m = new Map<K, number>();
    for (const o of outcomes) m.set(f(o), (m.get(f(o)) ?? 0) + 1);
    return Object.fromEntries([...m].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  };
  const byOperatorExit: Record<string, Record<number, number>> = {};
  for (const o of outcomes)
    for (const op of o.operators) (byOperatorExit[op] ??= {})[o.exit] = (byOperatorExit[op]![o.exit] ?? 0) + 1;
  return {
    mutants: outcomes.length,
    seconds: +seconds.toFixed(1),
    exitCodes: countBy((o) => o.exit),
    bySeed: Object.fromEntries(
      seeds
        .map((s) => [s.name, countBy((o) => (o.seed === s.name ? `exit ${o.exit}` : '-'))])
        .map(([k, v]) => [k, Object.fromEntries(Object.entries(v as object).filter(([x]) => x !== '-'))]),
    ),
    byOperator: byOperatorExit,
    topCodes: Object.entries(countBy((o) => (o.codes.length ? o.codes.join(' ') : '(none)')))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25),
    slowest: [...outcomes]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map((o) => ({
        seed: o.seed,
        mutant: o.mutantSeed,
        operators: o.operators,
        ms: Math.round(o.ms),
        bytes: o.size,
        exit: o.exit,
      })),
    largestMutantBytes: largest,
    rssBaselineMB: Math.round(baseline / 1e6),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    wellFormedness: {
      notWellFormedByOurs: outcomes.filter((o) => o.ourParser).length,
      notWellFormedByExpat: outcomes.filter((o) => o.expat).length,
      expatOnly: outcomes
        .filter((o) => o.expat && !o.ourParser)
        .map((o) => ({
          seed: o.seed,
          mutant: o.mutantSeed,
          operators: o.operators,
          expat: o.expat,
          exit: o.exit,
          codes: o.codes,
        }))
        .slice(0, 20),
      expatOnlyCount: outcomes.filter((o) => o.expat && !o.ourParser).length,
      oursOnlyCount: outcomes.filter((o) => o.ourParser && !o.expat).length,
      oursOnly: outcomes
        .filter((o) => o.ourParser && !o.expat)
        .map((o) => ({ seed: o.seed, mutant: o.mutantSeed, operators: o.operators, ours: o.ourParser }))
        .slice(0, 10),
    },
    violations: outcomes
      .filter((o) => o.violations.length)
      .map((o) => ({ seed: o.seed, mutant: o.mutantSeed, operators: o.operators, violations: o.violations })),
    ...(strictJudged ? { strict: strictReport(strictJudged) } : {}),
  };
}

/** The mutants of the strict judgement, in the order chosen (see the file comment). */
function strictChoice(k: number): Outcome[] {
  const by = (key: (o: Outcome) => number) => [...outcomes].sort((a, b) => key(b) - key(a) || b.docBytes - a.docBytes);
  const lists = [by((o) => o.rssGrowth / Math.max(1, o.docBytes)), by((o) => o.rssGrowth)];
  const chosen = new Set<Outcome>();
  for (let i = 0; chosen.size < Math.min(k, outcomes.length); i++) chosen.add(lists[i % 2]![Math.floor(i / 2)]!);
  return [...chosen];
}

function strictReport(judged: Outcome[]) {
  const r = (x: number) => Math.round(x / 1e6);
  const rows = judged.map((o) => ({
    seed: o.seed,
    mutant: o.mutantSeed,
    operators: o.operators,
    schema: o.schemaValidation,
    exit: o.exit,
    docMB: +(o.docBytes / 1e6).toFixed(2),
    rssGrowthMB: r(o.rssGrowth),
    ...freshFigures(o.fresh),
  }));
  return {
    judged: rows.length,
    over: judged.filter((o) => !o.fresh || overNoise(o.fresh)).length,
    within: judged.filter((o) => o.fresh && !overNoise(o.fresh)).length,
    largestOverMB: Math.max(...judged.map((o) => (o.fresh ? r(o.fresh.mutant - o.fresh.limit) : Infinity))),
    mutants: rows,
  };
}

// warm up (first runs load xmllint, compile the demo taxonomy) before taking the RSS baseline
for (const s of seeds) await runMutant(s, 0, { schemaValidation: true });
const baseline = process.memoryUsage().rss;
let largest = 0;
const outcomes: Outcome[] = [];
const t0 = performance.now();
for (let i = from; i < from + count; i++) {
  const seed = seeds[i % seeds.length]!;
  const o = await runMutant(seed, base * MUTANT_STRIDE + i, {
    schemaValidation: i % schemaEvery === 0,
    oracle,
    // the documented bound: three times the largest document (on top of the warmed-up process), plus 256 MB for the
    // garbage collector's slack
    rssLimitBytes: baseline + 3 * Math.max(largest, seed.bytes.length) + 256e6,
  });
  largest = Math.max(largest, o.size);
  outcomes.push(o);
  if (o.violations.length)
    console.log(`VIOLATION ${o.seed} #${o.mutantSeed} [${o.operators.join(',')}]: ${o.violations.join('; ')}`);
  if ((i + 1 - from) % 500 === 0) {
    console.log(
      `  ${i + 1 - from} mutants (to #${i}), ${((performance.now() - t0) / 1000).toFixed(0)} s, RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
    );
    // an interim report, so that a run stopped early still has its counts
    if (outFile) writeFileSync(outFile, JSON.stringify(buildReport((performance.now() - t0) / 1000), null, 1));
  }
}
const seconds = (performance.now() - t0) / 1000;
oracle?.stop();
if (strict > 0) {
  strictJudged = strictChoice(strict);
  console.log(`strict: judging ${strictJudged.length} mutants in fresh processes`);
  for (const o of strictJudged) {
    if (o.fresh) continue; // judged by the in-run gate, its violation (if any) already recorded
    const { fresh, violation } = strictJudgement(
      seeds.find((s) => s.name === o.seed)!,
      o.mutantSeed,
      o.schemaValidation,
    );
    if (fresh) o.fresh = fresh;
    if (violation) {
      o.violations.push(violation);
      console.log(`VIOLATION ${o.seed} #${o.mutantSeed} [${o.operators.join(',')}]: ${violation}`);
    }
  }
}
cleanUp(dir);
const report = buildReport(seconds);

console.log(JSON.stringify(report, null, 1));
if (outFile) writeFileSync(outFile, JSON.stringify({ ...report, outcomes }, null, 1));
process.exitCode = report.violations.length ? 1 : 0;
