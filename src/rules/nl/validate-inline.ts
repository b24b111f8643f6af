/**
 * The NL-KVK profiles on an Inline XBRL report or report package (called from src/validate/node.ts): the pipeline runs per
 * target with each target's taxonomy source wrapped so its DTS is recorded, then the NL-KVK rules run on the package,
 * its XHTML documents, the target instances and the DTS with the extension taxonomy (inline/run-rules.ts). Portable:
 * the package's files come from the caller (Node: inline/run.ts `packageFiles`; the browser: src/artifact/filing.ts).
 */
import type { Finding } from '../../findings.js';
import type { DocumentResult, TaxonomySource } from '../../validate/core.js';
import type { XmlDocument } from '../../xml/parse.js';
import type { CapturedTarget, PackageFiles } from './inline/run-rules.js';
import { autoProfileChoice } from './profiles.js';
import { FatalInputError } from '../../findings.js';
import { autoChoice, profileMismatch, ProfileFatalError } from './run.js';
import { recording, withFindings, type ProfileChoice } from './validate-xml.js';

export type { CapturedTarget, PackageFiles } from './inline/run-rules.js';

/**
 * Validates an Inline XBRL report or report package with a profile: the pipeline (`runInline`, with each target's
 * taxonomy source wrapped so the DTS is recorded), then the NL-KVK rules of an inline profile; an NT profile gives one
 * `sbr:profileMismatch`. `files` gives the files of the package (or the single Inline XBRL file) at `location`.
 */
export async function validateInlineWithProfile(
  location: string,
  choice: ProfileChoice,
  lang: string,
  runInline: (wrap: (t: TaxonomySource, doc: XmlDocument) => TaxonomySource) => Promise<DocumentResult[]>,
  files: () => PackageFiles,
): Promise<DocumentResult[]> {
  // the NL-KVK rule modules are imported when a profile runs, not by every `validate()`
  const { runInlineRules } = await import('./inline/run-rules.js');
  const targets: CapturedTarget[] = [];
  let results: DocumentResult[];
  try {
    results = await runInline((t, doc) => {
      const c: CapturedTarget = { doc };
      targets.push(c);
      return recording(t, (x) => (c.taxonomy = x));
    });
  } catch (e) {
    if (!(e instanceof FatalInputError)) throw e;
    // Not validatable (e.g. the KvK entry point is not available): the rules that need only the documents still run.
    const profile = choice.profile;
    const related =
      profile?.kind === 'nt'
        ? [profileMismatch(profile, location, 'inline', lang)]
        : profile
          ? safeInline(runInlineRules, profile, location, files, targets, lang)
          : [];
    throw new ProfileFatalError(e, related);
  }
  if (!results.length) return results;
  const extra: Finding[] = [];
  let profile = choice.profile;
  if (choice.auto) {
    const eps = targets
      .flatMap((t) => t.taxonomy?.documents.map((d) => d.url) ?? [])
      .filter((u) => /nltaxonomie\.nl\/kvk\//.test(u) && /annual-report/.test(u));
    const multi = targets.some((t) => t.doc.url.includes('filing-information'));
    const auto = autoProfileChoice(eps, true, multi);
    profile = auto.profile;
    extra.push(autoChoice(auto, location, lang));
  }
  if (profile?.kind === 'nt') extra.push(profileMismatch(profile, location, 'inline', lang));
  else if (profile) {
    // NL-KVK.3.7.1.1/.2 read the outcome of the formula assertions the pipeline ran (src/rules/formula)
    const all = results.flatMap((d) => d.findings);
    const formula = {
      ran: all.some((f) => f.code === 'sbr:formulaSummary'),
      findings: all.filter((f) => f.code.startsWith('formula:')),
    };
    extra.push(...runInlineRules(profile, location, files(), targets, lang, formula));
  }
  const [first, ...rest] = results;
  return [withFindings(first!, extra), ...rest];
}

type RunInlineRules = (typeof import('./inline/run-rules.js'))['runInlineRules'];

/** The inline rules on what could be read when the pipeline refused the report (no DTS); never throws. */
function safeInline(
  runInlineRules: RunInlineRules,
  profile: NonNullable<ProfileChoice['profile']>,
  location: string,
  files: () => PackageFiles,
  targets: CapturedTarget[],
  lang: string,
): Finding[] {
  try {
    return runInlineRules(
      profile,
      location,
      files(),
      targets.map((t) => ({ doc: t.doc })),
      lang,
    );
  } catch {
    return [];
  }
}
