/**
 * `sbr dts <entry-point...>`: the discovered DTS summarised (src/report/dts.ts), or, for taxonomy package zips, their
 * entry points (src/cli/packages.ts), or, for a validator artifact (`.sbrv`), the DTS compiled into it. Imported by src/cli/main.ts only when the command runs.
 *
 * Exit codes: 0 once the DTS is discovered and compiled (its findings listed), 2 not discovered.
 */
import { FatalInputError } from '../findings.js';
import { registerFormulaEngine } from '../formula/engine.js';
import { formulaProcessor } from '../formula/engine-full.js';
import { formatDtsText, summarizeDts } from '../report/dts.js';
import { formatText } from '../report/text.js';
import { loadDts } from '../validate/node.js';
import { fatalReport, resolverOptions, type CliIo, type CommonOpts } from './options.js';
import { allPackageFiles, formatPackagesText, isArtifactFile, packageInfos } from './packages.js';

// `sbr dts` compiles formula linkbases synchronously (loadDts): the processor is registered (src/formula/engine.ts);
// this module is imported only when the command runs
registerFormulaEngine(formulaProcessor);

/** Runs `sbr dts`; returns the exit code. Errors other than FatalInputError propagate. */
export async function runDtsCommand(entries: string[], o: CommonOpts, io: CliIo): Promise<number> {
  try {
    if (entries.length === 1 && isArtifactFile(entries[0]!)) {
      // a validator artifact (sbr compile): the DTS compiled into it, summarised as a live DTS is, and what it was
      // compiled from (its header, src/artifact/format.ts); the artifact's refusals (sbr:artifact*) are exit 2
      const { Validator } = await import('../artifact/node.js');
      const v = await Validator.load(entries[0]!);
      const summary = summarizeDts(v.taxonomy);
      const artifact = {
        file: entries[0]!,
        formatVersion: v.header.formatVersion,
        packages: v.header.taxonomy.packages,
        ...(v.header.profile ? { profile: v.header.profile } : {}),
      };
      if (o.format === 'json') {
        io.out(JSON.stringify({ artifact, ...summary, findings: v.taxonomy.findings }, null, 2) + '\n');
      } else {
        const from = artifact.packages.map((p) => p.name ?? p.file ?? '').filter(Boolean);
        io.out(
          `Validator artifact ${artifact.file} (format ${artifact.formatVersion}${artifact.profile ? `, profile ${artifact.profile}` : ''}${from.length ? `, compiled with ${from.join(', ')}` : ''}); validate filings with it: sbr validate FILING --validator ${artifact.file}\n`,
        );
        io.out(formatDtsText(summary));
        if (v.taxonomy.findings.length) io.out('\n' + formatText(v.taxonomy.findings, { cwd: process.cwd() }));
      }
      return 0;
    }
    if (allPackageFiles(entries)) {
      // a taxonomy package given as the entry point: list its entry points to pick from (src/cli/packages.ts)
      const infos = packageInfos(entries);
      io.out(o.format === 'json' ? JSON.stringify({ packages: infos }, null, 2) + '\n' : formatPackagesText(infos));
      return 0;
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
    return 0;
  } catch (e) {
    if (e instanceof FatalInputError) return fatalReport(e, o.format, io.out);
    throw e;
  }
}
