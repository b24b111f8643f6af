/**
 * `sbr validate <file...>`: the options of src/cli/main.ts to `validate()` (one input) or the batch of src/batch/
 * (several inputs, or `--format jsonl`), and the report. Imported by main.ts only when the command runs.
 *
 * Exit codes: 0 valid, 1 invalid (error findings), 2 not validated (the worst over the inputs).
 */
import { resolve as resolvePath } from 'node:path';
import { Validator } from '../artifact/node.js';
import { batchInputs } from '../batch/inputs.js';
import type { BatchValidateOptions } from '../batch/validate-one.js';
import { FatalInputError, type Finding } from '../findings.js';
import { batchLine, formatValidationJson } from '../report/json.js';
import { languageWarning } from '../report/messages/index.js';
import { formatText } from '../report/text.js';
import { Resolver } from '../resolve/index.js';
import { resolveProfile } from '../rules/nl/validate.js';
import { validate } from '../validate/node.js';
import { fatalReport, jobsOption, resolverOptions, writeOutput, type CliIo, type CommonOpts } from './options.js';

/** The flags of `sbr validate` as commander parses them. */
export type ValidateCommandOpts = CommonOpts & {
  validator?: string;
  formulaOutput?: string;
  jobs?: string;
  recursive?: boolean;
};

/** Runs `sbr validate` on `files`; returns the exit code. Errors other than FatalInputError propagate. */
export async function runValidateCommand(files: string[], o: ValidateCommandOpts, io: CliIo): Promise<number> {
  try {
    const opts = resolverOptions(o);
    if (o.recursive) opts.recursive = true; // a folder without filings: sbr:noFilingsFound
    const jobs = jobsOption(o.jobs);
    const batch: BatchValidateOptions = { ...opts };
    let validator: Validator | undefined;
    if (o.validator) {
      validator = await Validator.load(o.validator);
      opts.resolver = Resolver.create(opts);
      opts.taxonomies = validator.taxonomySource(opts.resolver);
      // the profile recorded by `sbr compile --profile` applies unless --profile says otherwise
      if (!opts.profile && validator.header.profile) opts.profile = validator.header.profile;
      batch.validator = resolvePath(o.validator);
      if (opts.profile) batch.profile = opts.profile;
    }
    // Every input gets its own result; the exit code is the worst of them (2 could not validate, 1 invalid).
    const langWarning = languageWarning(o.lang); // a language without messages: warned once, English used
    if (langWarning) io.err(`sbr: warning: ${langWarning.message}\n`);
    const inputs = batchInputs(files, { recursive: !!o.recursive });
    if (inputs.length > 1 || o.format === 'jsonl') {
      // a batch (src/batch/): worker threads, results as they are done; an unknown profile refuses the whole run
      resolveProfile(opts.profile);
      return await runValidateBatch(
        inputs,
        batch,
        {
          format: o.format,
          jobs,
          ...((opts.lang ?? o.lang) ? { lang: opts.lang ?? o.lang } : {}),
          ...(o.formulaOutput ? { formulaOutput: o.formulaOutput } : {}),
          ...(validator ? { loaded: validator } : {}),
        },
        io,
      );
    }
    const result = await validate(inputs, { ...opts, keepGoing: true });
    if (o.formulaOutput) await writeFormulaOutput(o.formulaOutput, result.findings);
    if (o.format === 'json') {
      io.out(formatValidationJson(result));
    } else {
      io.out(
        formatText(result.findings, { cwd: process.cwd(), documents: result.documents, lang: opts.lang ?? o.lang }),
      );
    }
    return result.fatal ? 2 : result.valid ? 0 : 1;
  } catch (e) {
    if (e instanceof FatalInputError) return fatalReport(e, o.format, io.out, io.err, o.lang);
    throw e;
  }
}

/**
 * `sbr validate` with several inputs (or `--format jsonl`): the batch of src/batch/ on `jobs` worker threads, each input's
 * result as soon as it is done (a jsonl line; the progress bar on a terminal), then, for text and json, the same report
 * as one `validate()` call over all inputs gives. Returns the worst exit code (2 not validated, 1 invalid, 0).
 */
async function runValidateBatch(
  inputs: string[],
  options: BatchValidateOptions,
  o: { format?: string; jobs: number; formulaOutput?: string; loaded?: Validator; lang?: string },
  io: CliIo,
): Promise<number> {
  const { validateBatch } = await import('../batch/index.js');
  const { ProgressBar } = await import('../batch/progress.js');
  const bar = io.errIsTTY && inputs.length > 1 ? new ProgressBar(io.err, inputs.length, io.errColumns) : undefined;
  bar?.draw();
  const results = await validateBatch(inputs, options, {
    jobs: o.jobs,
    ...(o.loaded ? { loaded: o.loaded } : {}),
    onResult: (r) => {
      const valid = r.documents.every((d) => d.valid);
      if (o.format === 'jsonl') {
        const findings = r.documents.flatMap((d) => d.findings);
        const report = JSON.parse(formatValidationJson({ valid, findings, documents: r.documents })) as {
          valid: boolean;
          findings: unknown[];
          documents: { stats?: Record<string, number> }[];
        };
        bar?.clear();
        io.out(JSON.stringify(batchLine(r.input, report)) + '\n');
      }
      bar?.tick(r.documents.some((d) => d.kind === 'unvalidated') ? 'unvalidated' : valid ? 'valid' : 'invalid');
    },
  });
  bar?.finish();
  const documents = results.flatMap((r) => r.documents);
  const result = {
    valid: documents.every((d) => d.valid),
    findings: documents.flatMap((d) => d.findings),
    documents,
    fatal: documents.some((d) => d.kind === 'unvalidated'),
  };
  if (o.formulaOutput) await writeFormulaOutput(o.formulaOutput, result.findings);
  if (o.format === 'json') io.out(formatValidationJson(result));
  else if (o.format !== 'jsonl')
    io.out(formatText(result.findings, { cwd: process.cwd(), documents: result.documents, lang: o.lang }));
  return result.fatal ? 2 : result.valid ? 0 : 1;
}

/** `--formula-output FILE`: the output instance of the formulas' facts (src/formula/produce.ts, imported then). */
async function writeFormulaOutput(file: string, findings: Finding[]): Promise<void> {
  const { outputInstance } = await import('../formula/produce.js');
  const runs = findings.filter((f) => f.formula);
  writeOutput(
    file,
    outputInstance(
      runs.flatMap((f) => f.formula!.output ?? []),
      [...new Set(runs.flatMap((f) => f.formula!.schemaRefs ?? []))],
    ),
  );
}
