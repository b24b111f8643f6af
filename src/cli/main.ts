/**
 * The `sbr` command line (commander): parses options and calls the library; nothing else.
 *
 * Exit codes: 0 valid, 1 invalid (error findings), 2 could not run at all (usage error, unreadable or
 * non-XML input, an entry point or schemaRef that cannot be resolved, hostile input refused).
 */
import { Command, CommanderError, Option } from 'commander';
import { readSuite, runSuite, formatOutcomes, readBaseline, compareWithBaseline } from '../conformance/index.js';
import { variationFormulaOptions, variationInputs } from '../conformance/formula.js';
import { outputInstance } from '../formula/produce.js';
import { isQt3Catalog, runQt3Command } from '../conformance/qt3.js';
import { FatalInputError, finding, type Finding } from '../findings.js';
import { formatDtsText, summarizeDts } from '../report/dts.js';
import { batchLine, formatJson, formatValidationJson } from '../report/json.js';
import { formatText } from '../report/text.js';
import { cacheFoldersFromEnv } from '../resolve/index.js';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { batchInputs } from '../batch/inputs.js';
import type { BatchValidateOptions } from '../batch/validate-one.js';
import { extractInput } from '../ixbrl/inline.js';
import { loadDts, readInput, validate, type ValidateOptions } from '../validate/node.js';
import { compileArtifactFrom, Validator } from '../artifact/node.js';
import { Resolver } from '../resolve/index.js';
import { withConfig } from './config.js';
import { languageWarning } from '../report/messages/index.js';
import { allPackageFiles, formatPackagesText, packageInfos, registerPackagesCommand } from './packages.js';
import { parseByteSize } from '../resolve/limits.js';
import { registerDiffCommand } from '../diff/cli.js';
import { registerQueueCommand } from '../queue/command.js';
import { PROFILES } from '../rules/nl/profiles.js';
import { relatedFindings } from '../rules/nl/run.js';
import { resolveProfile } from '../rules/nl/validate.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** The package version (kept in step with package.json by a unit test). */
export const VERSION = '0.1.0';

interface CommonOpts {
  package?: string[];
  cache?: string[];
  catalog?: string[];
  online?: boolean;
  format?: 'text' | 'json' | 'jsonl';
  lang?: string;
  schemaValidation?: boolean;
  calcMode?: 'round' | 'truncate';
  formula?: 'run' | 'none';
  parameter?: string[];
  maxDocumentSize?: string;
  maxPackageSize?: string;
  profile?: string;
}

/** `--max-document-size` / `--max-package-size`: bytes, or with a k/M/G suffix (src/resolve/limits.ts). */
function byteSizeOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = parseByteSize(value);
  if (n === undefined)
    throw new FatalInputError(
      finding(
        'sbr:usage',
        'error',
        `${flag} takes a size in bytes, optionally with k, M or G (e.g. 200M), not "${value}"`,
        {},
      ),
    );
  return n;
}

function addResolutionOptions(cmd: Command): Command {
  return cmd
    .option('--package <zip>', 'XBRL Taxonomy Package (zip) to resolve URLs from (repeatable)', collect)
    .option(
      '--cache <dir>',
      'folder of documents laid out host/path, e.g. DIR/www.xbrl.org/2003/... (repeatable; env SBR_CACHE)',
      collect,
    )
    .option('--catalog <file>', 'OASIS XML catalog file with URL rewrites (repeatable)', collect)
    .option('--online', 'allow fetching http(s) documents that no package, catalog or cache provides', false)
    .option(
      '--config <file>',
      'defaults for the flags from a JSON file: packages, caches, catalogs, profile, lang, formula (default: sbr.config.json in the current folder)',
    );
}

/** `--formula run|none` and `--parameter NAME=VALUE` (XBRL Formula 1.0; Variables 1.0 section 3.5.1 parameters). */
function formulaOptions(o: CommonOpts): ValidateOptions['formula'] {
  const parameters: Record<string, string> = {};
  for (const p of o.parameter ?? []) {
    const i = p.indexOf('=');
    if (i <= 0)
      throw new FatalInputError(
        finding(
          'sbr:usage',
          'error',
          `--parameter takes NAME=VALUE (a parameter QName, e.g. eg:threshold=100), not "${p}"`,
          {},
        ),
      );
    parameters[p.slice(0, i).trim()] = p.slice(i + 1);
  }
  return { mode: o.formula ?? 'run', ...(o.parameter?.length ? { parameters } : {}) };
}

function resolverOptions(o: CommonOpts): ValidateOptions {
  return {
    packages: o.package ?? [],
    caches: [...(o.cache ?? []), ...cacheFoldersFromEnv()],
    catalogs: o.catalog ?? [],
    online: !!o.online,
    lang: o.lang,
    schemaValidation: o.schemaValidation,
    calcMode: o.calcMode,
    formula: formulaOptions(o),
    maxDocumentBytes: byteSizeOption(o.maxDocumentSize, '--max-document-size'),
    maxPackageBytes: byteSizeOption(o.maxPackageSize, '--max-package-size'),
    profile: o.profile,
  };
}

/** Writes an output file, turning file-system errors into a coded FatalInputError (`sbr:outputUnwritable`). */
function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new FatalInputError(
      finding(
        'sbr:outputUnwritable',
        'error',
        `Cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message.replace(/^[A-Z]+: /, '')}`.trim(),
        { file: path },
      ),
    );
  }
}

function fatalReport(
  e: FatalInputError,
  format: string | undefined,
  out: (s: string) => void,
  err?: (s: string) => void,
): number {
  // A profile's document-level rules ran although the filing could not be validated (issue 10 item 4).
  const all = [e.finding, ...relatedFindings(e)];
  if (format === 'json') out(formatJson(false, all));
  else if (format === 'jsonl')
    err?.(formatText(all)); // stdout carries only {file, valid, findings, stats} lines
  else out(formatText(all));
  return 2;
}

/** Kept exported from the CLI module for callers of the earlier release; it lives in src/report/json.ts. */
export { formatValidationJson };

/** `--jobs N`: a whole number from 1 to 64; default the machine's cores (os.availableParallelism). */
function jobsOption(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new FatalInputError(
      finding('sbr:usage', 'error', `--jobs takes a whole number from 1 to 64, not "${value}"`, {}),
    );
  return n;
}

/** Where the CLI writes: stdout, stderr, and whether stderr is a terminal (the batch progress bar is drawn only then). */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr is a terminal (default false when `io` is given, `process.stderr.isTTY` otherwise). */
  errIsTTY?: boolean;
  /** Width of that terminal (default 80). */
  errColumns?: number;
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
  if (o.formulaOutput) writeFormulaOutput(o.formulaOutput, result.findings);
  if (o.format === 'json') io.out(formatValidationJson(result));
  else if (o.format !== 'jsonl')
    io.out(formatText(result.findings, { cwd: process.cwd(), documents: result.documents, lang: o.lang }));
  return result.fatal ? 2 : result.valid ? 0 : 1;
}

/** `--formula-output FILE`: the output instance of the formulas' facts (src/formula/produce.ts). */
function writeFormulaOutput(file: string, findings: Finding[]): void {
  const runs = findings.filter((f) => f.formula);
  writeOutput(
    file,
    outputInstance(
      runs.flatMap((f) => f.formula!.output ?? []),
      [...new Set(runs.flatMap((f) => f.formula!.schemaRefs ?? []))],
    ),
  );
}

/** Runs the CLI with `argv` (as process.argv) and returns the exit code. Output goes to `io` (default process streams). */
export async function main(
  argv: string[],
  io: CliIo = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    errIsTTY: process.stderr.isTTY === true,
    errColumns: process.stderr.columns,
  },
): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('sbr')
    .description(
      'Validate XBRL filings (Standard Business Reporting) against their taxonomy: XBRL 2.1, Dimensions 1.0, calculations.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();

  addResolutionOptions(
    program
      .command('validate')
      .description('validate XBRL instance documents (or taxonomy schemas and linkbases)')
      .argument(
        '<file...>',
        'instance documents (.xbrl/.xml), Inline XBRL files, report packages (zip or folder), taxonomy schemas/linkbases; folders with --recursive',
      )
      .addOption(
        new Option(
          '--format <format>',
          'output format; jsonl: one {file, valid, findings, stats} line per input as soon as it is done',
        )
          .choices(['text', 'json', 'jsonl'])
          .default('text'),
      )
      .option('--jobs <n>', 'worker threads validating the inputs of a batch (default: the number of cores)')
      .option(
        '-r, --recursive',
        'validate the filings in folders and their subfolders (a report package folder stays one input)',
      )
      .option('--lang <lang>', 'language of concept labels in messages (e.g. nl, en)', 'en')
      .addOption(
        new Option('--calc-mode <mode>', 'Calculations 1.1 rounding mode')
          .choices(['round', 'truncate'])
          .default('round'),
      )
      .addOption(
        new Option('--formula <mode>', 'XBRL Formula assertions of the taxonomy: run or none')
          .choices(['run', 'none'])
          .default('run'),
      )
      .option('--parameter <name=value>', 'value of a formula parameter, by its QName (repeatable)', collect)
      .option('--formula-output <file>', "write the facts the taxonomy's formulas produce as an XBRL instance")
      .option('--no-schema-validation', 'skip XML Schema validation of the instance (xmllint)')
      .option(
        '--validator <file.sbrv>',
        'validate against a compiled validator artifact (sbr compile) instead of discovering the taxonomy',
      )
      .option(
        '--max-document-size <bytes>',
        'refuse larger documents (sbr:documentTooLarge); bytes or 200M, 1G (default 100M)',
      )
      .option(
        '--max-package-size <bytes>',
        'refuse report packages inflating to more (sbr:zipBomb); bytes or 200M, 1G (default 100M)',
      )
      .option(
        '--profile <name>',
        'Dutch filing rules: a profile of `sbr profiles` (nt16..nt20, nl-inline-2024, ...) or auto',
      ),
  ).action(
    async (
      files: string[],
      o: CommonOpts & { validator?: string; formulaOutput?: string; jobs?: string; recursive?: boolean },
    ) => {
      try {
        const opts = resolverOptions(o);
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
          code = await runValidateBatch(
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
          return;
        }
        const result = await validate(inputs, { ...opts, keepGoing: true });
        if (o.formulaOutput) writeFormulaOutput(o.formulaOutput, result.findings);
        if (o.format === 'json') {
          io.out(formatValidationJson(result));
        } else {
          io.out(
            formatText(result.findings, { cwd: process.cwd(), documents: result.documents, lang: opts.lang ?? o.lang }),
          );
        }
        code = result.fatal ? 2 : result.valid ? 0 : 1;
      } catch (e) {
        if (e instanceof FatalInputError) code = fatalReport(e, o.format, io.out, io.err);
        else throw e;
      }
    },
  );

  program
    .command('profiles')
    .description('list the validation profiles of the Dutch filing rules (sbr validate --profile NAME)')
    .action(() => {
      const w = Math.max(...PROFILES.map((p) => p.name.length));
      for (const p of PROFILES) io.out(`${p.name.padEnd(w)}  ${p.description}\n`);
      io.out(`${'auto'.padEnd(w)}  chosen per filing from its entry point (NT version, KvK taxonomy date)\n`);
    });

  addResolutionOptions(
    program
      .command('extract')
      .description('extract the XBRL 2.1 instance(s) of an Inline XBRL file or report package (zip, xbri or folder)')
      .argument('<ixbrl>', 'Inline XBRL document (.html/.xhtml) or report package')
      .option(
        '-o, --output <file>',
        'instance file to write (default: standard output); other targets and reports get .<target> / .<n> before the extension',
      ),
  ).action(async (input: string, o: CommonOpts & { output?: string }) => {
    try {
      const { instances, findings } = await extractInput(input, readInput);
      const used = new Set<string>();
      for (const [i, x] of instances.entries()) {
        if (!o.output) {
          io.out(x.xml);
          continue;
        }
        const dot = o.output.lastIndexOf('.') > o.output.lastIndexOf('/') ? o.output.lastIndexOf('.') : o.output.length;
        let name = o.output;
        if (x.target !== null) name = `${o.output.slice(0, dot)}.${x.target}${o.output.slice(dot)}`;
        if (used.has(name)) name = `${name.slice(0, dot)}.${i + 1}${name.slice(dot)}`;
        used.add(name);
        writeOutput(name, x.xml);
        io.err(
          `${name}: ${x.counts.facts} facts, ${x.counts.contexts} contexts, ${x.counts.units} units, ${x.counts.footnotes} footnotes\n`,
        );
      }
      if (findings.length) io.err(formatText(findings, { cwd: process.cwd() }));
      code = findings.some((f) => f.severity === 'error') ? 1 : 0;
    } catch (e) {
      if (e instanceof FatalInputError) code = fatalReport(e, undefined, io.out);
      else throw e;
    }
  });

  addResolutionOptions(
    program
      .command('compile')
      .description(
        'compile a taxonomy once into a validator artifact (.sbrv) that validates filings without the taxonomy',
      )
      .argument('<entry-point...>', 'entry point URLs or files (schemas or linkbases)')
      .requiredOption('-o, --output <file.sbrv>', 'artifact file to write')
      .option(
        '--profile <name>',
        'record a Dutch filing-rule profile (sbr profiles) in the artifact; validating with it applies the profile',
      ),
  ).action(async (entries: string[], o: CommonOpts & { output: string }) => {
    try {
      const t0 = performance.now();
      if (o.profile) resolveProfile(o.profile); // unknown name: sbr:unknownProfile, exit 2
      const { bytes, header, loaded } = compileArtifactFrom(entries, {
        ...resolverOptions(o),
        ...(o.profile ? { profile: o.profile.toLowerCase() } : {}),
      });
      writeOutput(o.output, bytes);
      const errors = loaded.taxonomy.findings.filter((f: Finding) => f.severity === 'error');
      io.err(
        `${o.output}: ${bytes.length} bytes, ${header.documents.length} documents, ${header.stats.concepts} concepts, ${header.stats.relationships} relationships${header.profile ? `, profile ${header.profile}` : ''}, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
      );
      if (errors.length) io.err(formatText(loaded.taxonomy.findings, { cwd: process.cwd() }));
      code = errors.length ? 1 : 0;
    } catch (e) {
      if (e instanceof FatalInputError) code = fatalReport(e, o.format, io.out);
      else throw e;
    }
  });

  addResolutionOptions(
    program
      .command('dts')
      .description('discover a taxonomy (DTS) from entry points and print its documents, concepts and relationships')
      .argument('<entry-point...>', 'entry point URLs or files (schemas or linkbases)')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (entries: string[], o: CommonOpts) => {
    try {
      if (allPackageFiles(entries)) {
        // a taxonomy package given as the entry point: list its entry points to pick from (src/cli/packages.ts)
        const infos = packageInfos(entries);
        io.out(o.format === 'json' ? JSON.stringify({ packages: infos }, null, 2) + '\n' : formatPackagesText(infos));
        code = 0;
        return;
      }
      const { taxonomy } = loadDts(entries, resolverOptions(o));
      const summary = summarizeDts(taxonomy);
      const problems = taxonomy.findings;
      if (o.format === 'json') {
        io.out(JSON.stringify({ ...summary, findings: problems }, null, 2) + '\n');
      } else {
        io.out(formatDtsText(summary));
        if (problems.length) io.out('\n' + formatText(problems, { cwd: process.cwd() }));
      }
      // `dts` inspects: it exits 0 once the DTS is discovered and compiled, and lists what did not resolve or
      // is wrong with it; `sbr validate <schema>` is the command that judges a taxonomy (exit 1 on errors).
      code = 0;
    } catch (e) {
      if (e instanceof FatalInputError) code = fatalReport(e, o.format, io.out);
      else throw e;
    }
  });

  addResolutionOptions(
    program
      .command('conformance')
      .description('run an XBRL International conformance suite and compare each variation with its expected result')
      .argument('<index>', 'suite index (e.g. xbrl.xml, xdt.xml) or a single testcase file')
      .option('--filter <text>', 'only variations whose id contains this text')
      .option('--baseline <file>', 'baseline JSON: exit 1 only on regressions against it')
      .option('--concurrency <n>', 'variations run at once', '2')
      .option('--no-schema-validation', 'skip XML Schema validation')
      .option('--exact-errors', 'QT3 catalogs: an expected error passes only with its exact code (default: any error)')
      .option(
        '--profile <name>',
        'validate with a Dutch filing-rule profile (nt16..nt20, ...); a variation passes when its expected NL. code is among the findings',
      ),
  ).action(
    async (
      index: string,
      o: CommonOpts & { filter?: string; baseline?: string; concurrency: string; exactErrors?: boolean },
    ) => {
      try {
        // the W3C XQuery/XPath test suite (QT3) runs against the XPath 2.0 engine, not through validate()
        if (isQt3Catalog(index)) {
          code = runQt3Command(index, o, io);
          return;
        }
        const concurrency = Number(o.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
          throw new FatalInputError(
            finding(
              'sbr:usage',
              'error',
              `--concurrency takes a whole number from 1 to 64, not "${o.concurrency}"`,
              {},
            ),
          );
        }
        const baseline = o.baseline ? readBaseline(o.baseline) : undefined;
        const all = readSuite(index);
        const variations = o.filter ? all.filter((v) => v.id.includes(o.filter!)) : all;
        if (variations.length === 0) {
          throw new FatalInputError(
            finding(
              'sbr:noVariations',
              'error',
              o.filter
                ? `No variation id contains "${o.filter}" (the suite has ${all.length})`
                : 'The suite has no variations',
              { file: index },
            ),
          );
        }
        const opts = resolverOptions(o);
        const t0 = performance.now();
        // Formula suite: variations without an instance check their linkbases too; <parameter> data are formula parameters.
        const outcomes = await runSuite(
          variations,
          (v) => validate(variationInputs(v), { ...opts, formula: variationFormulaOptions(v) }),
          {
            concurrency,
            expectedAmongFindings: !!o.profile,
          },
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
          code = regressions.length ? 1 : 0;
        } else {
          code = outcomes.every((x) => x.pass) ? 0 : 1;
        }
      } catch (e) {
        if (e instanceof FatalInputError) code = fatalReport(e, undefined, io.out);
        else throw e;
      }
    },
  );

  registerDiffCommand(program, io, (c) => (code = c));
  // sbr queue worker|submit|status (issue 13): BullMQ is imported only when a queue command runs
  registerQueueCommand(program, io, (c) => (code = c));

  program
    .command('serve')
    .description(
      'HTTP service: POST /v1/validate answers the JSON of `sbr validate --format json`; the validation portal at /',
    )
    .option(
      '--validator <file.sbrv>',
      'validator artifact to serve (repeatable; its id is the file name without .sbrv)',
      collect,
    )
    .option('--port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--workers <n>', 'worker threads validating (default: CPU count, at most 4)')
    .action(async (o: { validator?: string[]; port: string; host: string; workers?: string }) => {
      // imported here so that `sbr --version` and the other commands do not load fastify and piscina
      const { runServeCommand } = await import('../server/command.js');
      code = await runServeCommand(o, io);
    });

  try {
    registerPackagesCommand(program, io, (c) => (code = c));
    // defaults from sbr.config.json / --config become flags of the subcommand (src/cli/config.ts)
    await program.parseAsync(withConfig(argv, program));
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      // Scripts asking for JSON get JSON on stdout for usage errors too.
      const i = argv.indexOf('--format');
      if (argv.includes('--format=json') || (i >= 0 && argv[i + 1] === 'json')) {
        io.out(formatJson(false, [finding('sbr:usage', 'error', e.message.replace(/^error: /, ''), {})]));
      }
      return 2;
    }
    if (e instanceof FatalInputError) return fatalReport(e, undefined, io.out);
    io.err(`sbr: internal error: ${(e as Error).message}\n`);
    return 2;
  }
  return code;
}
