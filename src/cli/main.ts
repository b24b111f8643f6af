/**
 * The `sbr` command line (commander): parses options and calls the library; nothing else.
 *
 * Exit codes: 0 valid, 1 invalid (error findings), 2 could not run at all (usage error, unreadable or
 * non-XML input, an entry point or schemaRef that cannot be resolved, hostile input refused).
 */
import { Command, CommanderError, Option } from 'commander';
import { FatalInputError } from '../findings.js';
import { formatJson, formatValidationJson } from '../report/json.js';
import { registerDiffCommand } from '../diff/cli.js';
import { registerQueueCommand } from '../queue/command.js';
import { oneOf } from './choices.js';
import { withConfig } from './config.js';
import type { CliIo, CommonOpts } from './options.js';
import type { ValidateCommandOpts } from './validate.js';
import type { ConformanceCommandOpts } from './conformance.js';

// Each command's implementation (src/cli/<command>.ts and the library under it) is imported inside its action, so that
// `sbr --version`, `sbr --help` and `sbr <command> --help` load commander and these declarations only.

export type { CliIo };

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** The package version (kept in step with package.json by a unit test). */
export const VERSION = '0.1.0';

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

/** Kept exported from the CLI module for callers of the earlier release; it lives in src/report/json.ts. */
export { formatValidationJson };

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
          'output format; jsonl: one {file, valid, kind, findings, stats} line per input as soon as it is done',
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
  ).action(async (files: string[], o: ValidateCommandOpts) => {
    const { runValidateCommand } = await import('./validate.js');
    code = await runValidateCommand(files, o, io);
  });

  program
    .command('profiles')
    .description('list the validation profiles of the Dutch filing rules (sbr validate --profile NAME)')
    .action(async () => {
      const { PROFILES } = await import('../rules/nl/profiles.js');
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
    const { runExtractCommand } = await import('./extract.js');
    code = await runExtractCommand(input, o, io);
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
    const { runCompileCommand } = await import('./compile.js');
    code = await runCompileCommand(entries, o, io);
  });

  addResolutionOptions(
    program
      .command('dts')
      .description('discover a taxonomy (DTS) from entry points and print its documents, concepts and relationships')
      .argument('<entry-point...>', 'entry point URLs or files (schemas or linkbases)')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (entries: string[], o: CommonOpts) => {
    const { runDtsCommand } = await import('./dts.js');
    code = await runDtsCommand(entries, o, io);
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
  ).action(async (index: string, o: ConformanceCommandOpts) => {
    const { runConformanceCommand } = await import('./conformance.js');
    code = await runConformanceCommand(index, o, io);
  });

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

  program
    .command('packages')
    .description("list taxonomy packages' name, version, publisher and entry points (Taxonomy Packages 1.0 metadata)")
    .argument('<zip-or-folder...>', 'taxonomy package zips, or folders holding them')
    .option('--format <format>', 'output format: text or json', oneOf('text', 'json'), 'text')
    .action(async (paths: string[], o: { format?: string }) => {
      const { runPackagesCommand } = await import('./packages.js');
      code = runPackagesCommand(paths, o, io);
    });

  try {
    // defaults from sbr.config.json / --config become flags of the subcommand (src/cli/config.ts)
    await program.parseAsync(await withConfig(argv, program));
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      // Scripts asking for JSON get JSON on stdout for usage errors too.
      const i = argv.indexOf('--format');
      if (argv.includes('--format=json') || (i >= 0 && argv[i + 1] === 'json')) {
        // commander's own English words (its message is shown as it is, in every language)
        const { paramFindingIn } = await import('../messages/index.js');
        const { langOfArgv } = await import('./options.js');
        const detail = e.message.replace(/^error: /, '');
        io.out(formatJson(false, [paramFindingIn(langOfArgv(argv.slice(2)), 'sbr:usage', 'error', { detail })]));
      }
      return 2;
    }
    if (e instanceof FatalInputError) {
      // a bad config file (sbr:configNotFound, sbr:configInvalid) is refused before commander parses --lang and --format
      const { fatalReport, langOfArgv } = await import('./options.js');
      const i = argv.indexOf('--format');
      const format = argv.includes('--format=json') || (i >= 0 && argv[i + 1] === 'json') ? 'json' : undefined;
      return fatalReport(e, format, io.out, io.err, langOfArgv(argv.slice(2)));
    }
    io.err(`sbr: internal error: ${(e as Error).message}\n`);
    return 2;
  }
  return code;
}
