/**
 * `sbr extract <ixbrl> [-o FILE]`: the XBRL 2.1 target instance(s) of an Inline XBRL document or report package
 * (src/ixbrl/inline.ts), written to stdout or to files. Imported by src/cli/main.ts only when the command runs.
 *
 * Exit codes: 0 extracted, 1 error findings, 2 unreadable input.
 */
import { FatalInputError } from '../findings.js';
import { extractInput } from '../ixbrl/inline.js';
import { formatText } from '../report/text.js';
import { readInput } from '../validate/node.js';
import { fatalReport, writeOutput, type CliIo, type CommonOpts } from './options.js';

/** Runs `sbr extract`; returns the exit code. Errors other than FatalInputError propagate. */
export async function runExtractCommand(
  input: string,
  o: CommonOpts & { output?: string },
  io: CliIo,
): Promise<number> {
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
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (e) {
    if (e instanceof FatalInputError) return fatalReport(e, undefined, io.out);
    throw e;
  }
}
