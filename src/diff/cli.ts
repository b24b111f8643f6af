/**
 * `sbr diff OLD NEW [--package ZIP]... [--cache DIR]... [--format text|json|html] [-o FILE] [--filing FILE]...`:
 * parses options, calls the library (loadRelease, diffTaxonomies, loadFiling, filingImpact) and prints a report.
 *
 * Exit codes: 0 once both releases are loaded and compared (a diff inspects; it does not judge), 2 when a release
 * or filing cannot be read at all (usage error, missing file, bad artifact, unresolvable entry point).
 */
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { FatalInputError, type Finding } from '../findings.js';
import { formatJson } from '../report/json.js';
import type { FilingImpact } from './filing.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

interface DiffOpts {
  package?: string[];
  cache?: string[];
  catalog?: string[];
  format: 'text' | 'json' | 'html';
  output?: string;
  filing?: string[];
}

type Io = { out: (s: string) => void; err: (s: string) => void };

/** Adds the `diff` command to the `sbr` program; `setCode` receives the exit code. */
export function registerDiffCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('diff')
    .description(
      'compare two releases of a taxonomy (artifacts or entry points): concepts, labels, references, relationships, dimensions, role types; with --filing, what a filing made against OLD must change',
    )
    .argument('<old>', 'the earlier release: a validator artifact (.sbrv) or an entry point (URL or file)')
    .argument('<new>', 'the later release: a validator artifact (.sbrv) or an entry point (URL or file)')
    .option('--package <zip>', 'XBRL Taxonomy Package (zip) to resolve entry points from (repeatable)', collect)
    .option('--cache <dir>', 'folder of documents laid out host/path (repeatable; env SBR_CACHE)', collect)
    .option('--catalog <file>', 'OASIS XML catalog file with URL rewrites (repeatable)', collect)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'html']).default('text'))
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option(
      '--filing <file>',
      'a filing made against OLD (instance, Inline XBRL document or report package): what it must change for NEW (repeatable)',
      collect,
    )
    .action(async (oldInput: string, newInput: string, o: DiffOpts) => {
      // the diff library and its reports are imported when the command runs, so that `sbr --help` does not load them
      const [report, html, json, text, resolve, diff, filing, node] = await Promise.all([
        import('../report/text.js'),
        import('../report/diff-html.js'),
        import('../report/diff-json.js'),
        import('../report/diff-text.js'),
        import('../resolve/index.js'),
        import('./diff.js'),
        import('./filing.js'),
        import('./node.js'),
      ]);
      const { formatText } = report;
      const { formatDiffHtml } = html;
      const { formatDiffJson } = json;
      const { formatDiffText, formatFilingImpactText } = text;
      const { cacheFoldersFromEnv, Resolver } = resolve;
      const { diffTaxonomies } = diff;
      const { filingImpact } = filing;
      const { loadFiling, loadRelease } = node;
      try {
        const t0 = performance.now();
        const resolver = Resolver.create({
          packages: o.package ?? [],
          caches: [...(o.cache ?? []), ...cacheFoldersFromEnv()],
          catalogs: o.catalog ?? [],
        });
        const old = await loadRelease(oldInput, { resolver });
        const nw = await loadRelease(newInput, { resolver });
        const t1 = performance.now();
        const d = diffTaxonomies(old, nw);
        const t2 = performance.now();
        const impacts: FilingImpact[] = [];
        for (const f of o.filing ?? []) {
          for (const lf of await loadFiling(f, old))
            impacts.push(filingImpact(d, old, lf.instance, lf.name, lf.locate, { newTaxonomy: nw }));
        }
        let report: string;
        if (o.format === 'json') report = formatDiffJson(d, o.filing ? impacts : undefined);
        else if (o.format === 'html') report = formatDiffHtml(d, impacts);
        else report = formatDiffText(d) + impacts.map((x) => '\n' + formatFilingImpactText(x, process.cwd())).join('');
        if (o.output) {
          try {
            writeFileSync(o.output, report);
          } catch (e) {
            const { paramFinding } = await import('../messages/index.js');
            throw new FatalInputError(
              paramFinding(
                'sbr:outputUnwritable',
                'error',
                { file: o.output, reason: (e as Error).message },
                { file: o.output, line: 0, column: 0 },
              ),
            );
          }
        } else io.out(report);
        const errs = (name: string, fs: Finding[]) => {
          const n = fs.filter((f) => f.severity === 'error').length;
          if (n)
            io.err(
              `${name}: ${n} error finding${n === 1 ? '' : 's'} while loading the taxonomy (sbr dts lists them)\n`,
            );
        };
        errs('old', old.findings);
        errs('new', nw.findings);
        if (o.output) {
          const s = d.summary;
          io.err(
            `${o.output}: ${s.conceptsAdded} concepts added, ${s.conceptsRemoved} removed, ${s.conceptsRenamed} renamed, ${s.conceptsChanged} changed; ${s.relationshipsAdded + s.relationshipsRemoved + s.relationshipsChanged} relationship changes; loaded in ${((t1 - t0) / 1000).toFixed(2)} s, compared in ${((t2 - t1) / 1000).toFixed(2)} s\n`,
          );
        }
        setCode(0);
      } catch (e) {
        if (!(e instanceof FatalInputError)) throw e;
        io.out(o.format === 'json' ? formatJson(false, [e.finding]) : formatText([e.finding]));
        setCode(2);
      }
    });
}
