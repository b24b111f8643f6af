/**
 * Runs the rules of a profile (profiles.ts) and builds their findings: the NT rules on an xBRL-XML instance (with or
 * without its DTS), the NL-KVK rules on an Inline XBRL report package (inline.ts). Rules know nothing of each other;
 * a rule that throws is reported as `sbr:ruleFailed`.
 */
import type { CompiledTaxonomy } from '../../compile/types.js';
import { FatalInputError, type Finding, type Severity, type SourceLocation } from '../../findings.js';
import { paramFindingIn } from '../../messages/index.js';
import { loadInstance } from '../../instance/load.js';
import type { Instance } from '../../instance/types.js';
import { decodeXml, parseXml, type XmlDocument } from '../../xml/parse.js';
import type { AutoChoice, Profile } from './profiles.js';
import { ruleFailed, ruleFinding } from './rule-findings.js';
import type { MessageParams, NtContext, NtRule } from './types.js';

/**
 * A FatalInputError (the filing cannot be validated, e.g. `sbr:entryPointNotFound`, exit 2) carrying the findings of
 * the profile's document-level rules, which ran anyway (issue 10 item 4): a filer sees every rule violation before
 * the taxonomy is set up.
 */
export class ProfileFatalError extends FatalInputError {
  readonly related: Finding[];
  constructor(cause: FatalInputError, related: Finding[]) {
    super(cause.finding);
    this.related = related;
  }
}

/** Findings carried beside a fatal error's own finding (empty for other errors). */
export function relatedFindings(e: unknown): Finding[] {
  const r = (e as { related?: unknown } | null)?.related;
  return Array.isArray(r) ? (r as Finding[]) : [];
}

export interface NtInput {
  file: string;
  bytes: Uint8Array;
  /** The parsed document when it parsed; else the rules that need it are skipped. */
  doc?: XmlDocument;
  /** The instance loaded with the DTS (the pipeline); when absent it is loaded here without the DTS. */
  instance?: Instance;
  taxonomy?: CompiledTaxonomy;
  /**
   * The filing's recipient when its entry point is not a KvK one (profiles.ts nonKvkRecipient, e.g. Belastingdienst):
   * the rules of scope `kvk` (FR-KVK, BR-KVK) are then skipped.
   */
  recipient?: { domain: string; name: string };
}

function fileNameOf(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Today's date `YYYY-MM-DD` (UTC), the date of filing for BR-KVK-4.07 and 4.10. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

let ntRules: readonly NtRule[] | undefined;

/**
 * Imports the NT rule modules (src/rules/nl/nt/, once per process): `runNtRules` needs them, and a `validate()` without
 * a profile does not load them.
 */
export async function loadNtRules(): Promise<void> {
  ntRules ??= (await import('./nt/index.js')).ntRules;
}

/**
 * The NT rules of `profile` on one xBRL-XML instance. Without `taxonomy` only the document-level rules run.
 * @param lang message language (`nl` or `en`)
 */
export function runNtRules(profile: Profile, input: NtInput, lang: string, filingDate = today()): Finding[] {
  const findings: Finding[] = [];
  let text: string | undefined;
  try {
    text = decodeXml(input.bytes, input.file);
  } catch {
    text = undefined;
  }
  let doc = input.doc;
  if (!doc && text !== undefined) {
    try {
      doc = parseXml(input.bytes, input.file);
    } catch {
      doc = undefined;
    }
  }
  let instance = input.instance;
  if (!instance && doc && doc.root.local === 'xbrl') {
    try {
      instance = loadInstance(doc, () => {});
    } catch {
      instance = undefined;
    }
  }
  if (!ntRules) throw new Error('runNtRules: the NT rules are not loaded (await loadNtRules() first)');
  for (const rule of ntRules) {
    if (rule.needs === 'taxonomy' && !input.taxonomy) continue;
    if (rule.scope === 'kvk' && input.recipient) continue;
    const ctx: NtContext = {
      file: input.file,
      fileName: fileNameOf(input.file),
      bytes: input.bytes,
      text,
      doc,
      instance,
      taxonomy: input.taxonomy,
      nt: profile.nt ?? 20,
      filingDate,
      report(params: MessageParams, loc?: Partial<SourceLocation>, severity?: Severity) {
        const shape = { ...rule, severity: severity ?? rule.severity };
        findings.push(ruleFinding(shape, lang, params, { file: input.file, ...stripUndefined(loc) }));
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      findings.push(ruleFailed(rule.code, e, input.file));
    }
  }
  return findings;
}

function stripUndefined(loc: Partial<SourceLocation> | undefined): Partial<SourceLocation> {
  if (!loc) return {};
  const out: Partial<SourceLocation> = {};
  if (loc.file) out.file = loc.file;
  if (loc.line !== undefined) out.line = loc.line;
  if (loc.column !== undefined) out.column = loc.column;
  return out;
}

/**
 * One finding for a profile that does not fit the filing (an NT profile on an Inline XBRL report, an inline profile on
 * an xBRL-XML instance), instead of a burst of rule errors: `sbr:profileMismatch` (error).
 */
export function profileMismatch(profile: Profile, file: string, kind: 'inline' | 'xbrl', lang: string): Finding {
  return paramFindingIn(
    lang,
    'sbr:profileMismatch',
    'error',
    { profile: profile.name, profileKind: profile.kind, file: file.split(/[\\/]/).pop()!, input: kind },
    { file },
    'issue 10: validation profiles',
  );
}

/**
 * Info finding naming the profile `--profile auto` chose (`sbr:profileSelected`), or why none: an NT version no profile
 * covers (`sbr:profileNotDetermined`, info, with `nt`), or an entry point that gives no version (the same code, warning).
 */
export function autoChoice(choice: AutoChoice, file: string, lang: string): Finding {
  const { profile, entryPoint, nt } = choice;
  if (!profile) {
    const params = { ...(entryPoint ? { entryPoint } : {}), ...(nt !== undefined ? { nt } : {}) };
    return paramFindingIn(lang, 'sbr:profileNotDetermined', nt !== undefined ? 'info' : 'warning', params, { file });
  }
  return paramFindingIn(
    lang,
    'sbr:profileSelected',
    'info',
    { profile: profile.name, entryPoint: entryPoint ?? '' },
    { file },
  );
}

/**
 * Info finding `sbr:kvkRulesNotApplicable`: the KvK rules (FR-KVK, BR-KVK) of `profile` were not run, the filing's
 * entry point being one of another recipient (KvK Filing Rules NT16-NT20: scope KvK filings).
 */
export function kvkRulesNotApplicable(
  profile: Profile,
  recipient: { domain: string; name: string },
  entryPoint: string,
  file: string,
  lang: string,
): Finding {
  return paramFindingIn(
    lang,
    'sbr:kvkRulesNotApplicable',
    'info',
    { profile: profile.name, recipient: recipient.name, entryPoint },
    { file },
  );
}
