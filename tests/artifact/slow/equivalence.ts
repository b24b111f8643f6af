/**
 * Equivalence of validation with a compiled validator artifact and with live DTS discovery: for one instance, an
 * artifact is compiled from the instance's own DTS entry points (schemaRef, linkbaseRef, roleRef, arcroleRef targets),
 * loaded from its bytes, and the instance validated with it; the findings must equal those of live validation.
 */
import { portableFinding } from '../../../src/artifact/compile.js';
import type { Finding } from '../../../src/findings.js';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileArtifact } from '../../../src/artifact/compile.js';
import { Validator } from '../../../src/artifact/node.js';
import { stripFragment } from '../../../src/dts/discover.js';
import { NS } from '../../../src/dts/namespaces.js';
import { FatalInputError } from '../../../src/findings.js';
import { documentStarts } from '../../../src/validate/core.js';
import type { Resolver } from '../../../src/resolve/index.js';
import { validate } from '../../../src/validate/node.js';
import { parseXml, resolveUrl } from '../../../src/xml/parse.js';

export const SHARED = resolve(process.env.SBR_SHARED ?? resolve(__dirname, '../../../../shared'));

export function sharedPresent(rel: string): boolean {
  const ok = existsSync(resolve(SHARED, rel));
  if (!ok) console.warn(`SKIPPED: ${resolve(SHARED, rel)} is absent (set SBR_SHARED to the shared data folder)`);
  return ok;
}

/** True when the file parses and its root is xbrli:xbrl. */
export function isInstance(file: string): boolean {
  try {
    const root = parseXml(readFileSync(file), file).root;
    return root.ns === NS.xbrli && root.local === 'xbrl';
  } catch {
    return false;
  }
}

async function outcome(run: () => Promise<{ valid: boolean; findings: Finding[] }>): Promise<string> {
  try {
    const r = await run();
    // an artifact names the compiling machine's sources portably (issue 11 item 8): compared in that form
    return JSON.stringify({ valid: r.valid, findings: r.findings.map(portableFinding) }, null, 1);
  } catch (e) {
    if (e instanceof FatalInputError) return `fatal ${e.finding.code}`;
    throw e;
  }
}

/** Live and artifact outcomes of one instance (findings as JSON, or `fatal <code>`), and the artifact size. */
export async function bothWays(
  file: string,
  resolver: Resolver,
): Promise<{ live: string; artifact: string; bytes: number }> {
  const live = await outcome(() => validate(file, { resolver }));
  const doc = parseXml(readFileSync(file), file);
  const { starts } = documentStarts(doc, file);
  const urls = starts.map((s) => stripFragment(s.base ? resolveUrl(s.href, s.base) : s.href));
  let compiled: Uint8Array;
  try {
    compiled = compileArtifact(urls, resolver).bytes;
  } catch (e) {
    if (e instanceof FatalInputError) return { live, artifact: `fatal ${e.finding.code}`, bytes: 0 };
    throw e;
  }
  const validator = await Validator.load(compiled);
  const artifact = await outcome(() => validate(file, { resolver, taxonomies: validator.taxonomySource(resolver) }));
  return { live, artifact, bytes: compiled.length };
}
