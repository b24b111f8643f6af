/**
 * `sbr conformance <index>`: an XBRL International conformance suite (or a W3C QT3 catalog) run and compared with
 * each variation's expected result (src/conformance/). Imported by src/cli/main.ts only when the command runs.
 *
 * Exit codes: 0 every variation passes (or no regression against `--baseline`), 1 failures/regressions, 2 not run.
 */
import { readSuite, runSuite, formatOutcomes, readBaseline, compareWithBaseline } from '../conformance/index.js';
import { variationFormulaOptions, variationInputs } from '../conformance/formula.js';
import { isQt3Catalog, runQt3Command } from '../conformance/qt3.js';
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { validate } from '../validate/node.js';
import { fatalReport, resolverOptions, type CliIo, type CommonOpts } from './options.js';
import type { VariationPool } from '../conformance/threads.js';

/** The flags of `sbr conformance` as commander parses them. */
export type ConformanceCommandOpts = CommonOpts & {
  filter?: string;
  baseline?: string;
  concurrency: string;
  exactErrors?: boolean;
};

/** Runs `sbr conformance`; returns the exit code. Errors other than FatalInputError propagate. */
export async function runConformanceCommand(index: string, o: ConformanceCommandOpts, io: CliIo): Promise<number> {
  try {
    // the W3C XQuery/XPath test suite (QT3) runs against the XPath 2.0 engine, not through validate()
    if (isQt3Catalog(index)) return runQt3Command(index, o, io);
    const concurrency = Number(o.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      throw new FatalInputError(
        paramFinding(
          'sbr:usage',
          'error',
          { k: 'wholeNumber', flag: '--concurrency', min: 1, max: 64, value: String(o.concurrency) },
          {},
        ),
      );
    }
    // --concurrency N > 1: N worker threads (src/conformance/threads.ts, loaded only then), started before the suite
    // is read so that they load the validator meanwhile; 1: in this thread
    const threads = concurrency > 1 ? await import('../conformance/threads.js') : undefined;
    const pool = threads?.startPool(concurrency);
    try {
      return await runStarted(index, o, io, concurrency, threads && pool && { threads, pool });
    } finally {
      await pool?.destroy();
    }
  } catch (e) {
    if (e instanceof FatalInputError) return fatalReport(e, undefined, io.out);
    throw e;
  }
}

/** `sbr conformance` once its worker threads (if any) are started; a pool given is used and destroyed by the run. */
async function runStarted(
  index: string,
  o: ConformanceCommandOpts,
  io: CliIo,
  concurrency: number,
  threaded: { threads: typeof import('../conformance/threads.js'); pool: VariationPool } | undefined,
): Promise<number> {
  const baseline = o.baseline ? readBaseline(o.baseline) : undefined;
  const all = readSuite(index);
  const variations = o.filter ? all.filter((v) => v.id.includes(o.filter!)) : all;
  if (variations.length === 0) {
    throw new FatalInputError(
      paramFinding('sbr:noVariations', 'error', o.filter ? { filter: o.filter, count: all.length } : {}, {
        file: index,
      }),
    );
  }
  const opts = resolverOptions(o);
  const t0 = performance.now();
  // Formula suite: variations without an instance check their linkbases too; <parameter> data are formula parameters.
  const outcomes = threaded
    ? await threaded.threads.runSuiteInThreads(variations, {
        threads: concurrency,
        validateOptions: opts,
        expectedAmongFindings: !!o.profile,
        pool: threaded.pool,
      })
    : await runSuite(
        variations,
        (v) => validate(variationInputs(v), { ...opts, formula: variationFormulaOptions(v) }),
        { expectedAmongFindings: !!o.profile },
      );
  const text = formatOutcomes(outcomes);
  const lines = text.trimEnd().split('\n');
  const last = lines.pop()!;
  if (lines.length) io.out(lines.join('\n') + '\n');
  io.err(`time: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  io.out(last + '\n');
  if (baseline) {
    const regressions = compareWithBaseline(outcomes, baseline);
    for (const r of regressions) io.err(`REGRESSION ${r.id ?? ''} ${r.message}\n`);
    return regressions.length ? 1 : 0;
  }
  return outcomes.every((x) => x.pass) ? 0 : 1;
}
