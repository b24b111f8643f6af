/**
 * `sbr compile <entry-point...> -o FILE.sbrv [--profile NAME]`: a taxonomy compiled into a validator artifact
 * (src/artifact/node.ts). Imported by src/cli/main.ts only when the command runs.
 *
 * A taxonomy package zip given as the entry point: its one entry point is compiled, with the package; a package with
 * several is `sbr:packageAsEntryPoint` (exit 2), its entry points listed on stderr.
 *
 * Exit codes: 0 written, 1 written but the taxonomy has error findings, 2 not compiled.
 */
import { compileArtifactFrom, recordCleanSchemaSet } from '../artifact/node.js';
import { Resolver } from '../resolve/index.js';
import { registerFormulaEngine } from '../formula/engine.js';
import { formulaProcessor } from '../formula/engine-full.js';
import { FatalInputError, type Finding } from '../findings.js';
import { summarizeDts } from '../report/dts.js';
import { formatText } from '../report/text.js';
import { resolveProfile } from '../rules/nl/validate.js';
import { fatalReport, resolverOptions, writeOutput, type CliIo, type CommonOpts } from './options.js';
import { allPackageFiles, formatPackagesText, packageInfos, soleEntryPointOf } from './packages.js';

// `sbr compile` compiles formula linkbases synchronously (compileArtifactFrom): the processor is registered
// (src/formula/engine.ts); this module is imported only when the command runs
registerFormulaEngine(formulaProcessor);

/**
 * Runs `sbr compile`; returns the exit code. The artifact records whether its schema set validates whole without a
 * finding (src/artifact/node.ts `recordCleanSchemaSet`). Errors other than FatalInputError propagate.
 */
export async function runCompileCommand(
  entries: string[],
  o: CommonOpts & { output: string },
  io: CliIo,
): Promise<number> {
  try {
    const t0 = performance.now();
    if (o.profile) resolveProfile(o.profile); // unknown name: sbr:unknownProfile, exit 2
    if (allPackageFiles(entries)) {
      // a taxonomy package given as the entry point: its one entry point, compiled with the package; several or none
      // are sbr:packageAsEntryPoint (exit 2), listed to pick from as `sbr dts PACKAGE.zip` lists them
      let sole;
      try {
        sole = soleEntryPointOf(entries);
      } catch (e) {
        if (e instanceof FatalInputError && e.finding.code === 'sbr:packageAsEntryPoint' && o.format !== 'json')
          io.err(formatPackagesText(packageInfos(entries), process.cwd(), 'compile'));
        throw e;
      }
      io.err(`${entries.join(' ')}: compiling its one entry point ${sole.name ?? ''} (${sole.urls.join(' ')})\n`);
      o = { ...o, package: [...(o.package ?? []), ...entries] };
      entries = sole.urls;
    }
    const resolver = Resolver.create(resolverOptions(o));
    const compiled = compileArtifactFrom(entries, {
      resolver,
      ...(o.profile ? { profile: o.profile.toLowerCase() } : {}),
    });
    const { bytes, header, loaded } = await recordCleanSchemaSet(compiled, resolver);
    writeOutput(o.output, bytes);
    // concepts as `sbr dts` counts them (items and tuples); the header's stats.concepts counts every global element
    // declaration (typed-domain and other non-concept elements too)
    const { concepts } = summarizeDts(loaded.taxonomy);
    const errors = loaded.taxonomy.findings.filter((f: Finding) => f.severity === 'error');
    io.err(
      `${o.output}: ${bytes.length} bytes, ${header.documents.length} documents, ${concepts.total} concepts (${concepts.other} other element declarations), ${header.stats.relationships} relationships${header.profile ? `, profile ${header.profile}` : ''}, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );
    if (errors.length) io.err(formatText(loaded.taxonomy.findings, { cwd: process.cwd() }));
    return errors.length ? 1 : 0;
  } catch (e) {
    if (e instanceof FatalInputError) return fatalReport(e, o.format, io.out);
    throw e;
  }
}
