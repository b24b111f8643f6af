/**
 * Where the Dutch filing-rule profiles meet the validation pipeline (called from src/validate/node.ts):
 *  - an xBRL-XML instance: the pipeline runs as usual, the NT rules run after it with the compiled DTS; when the
 *    document cannot be validated at all (schemaRef not resolvable, parser refusal) the document-level NT rules still
 *    run and travel with the FatalInputError (`ProfileFatalError.related`, exit code 2 kept);
 *  - an Inline XBRL report (package): see validate-inline.ts (Node: it reads the package's files).
 * Node-free (the Validator of a compiled artifact uses it in the browser as well).
 */
import type { CompiledTaxonomy } from '../../compile/types.js';
import { NS, XLINK_HREF } from '../../dts/namespaces.js';
import { compareFindings, FatalInputError, type Finding } from '../../findings.js';
import { paramFinding } from '../../messages/index.js';
import { loadInstance } from '../../instance/load.js';
import type { DocumentResult, TaxonomySource } from '../../validate/core.js';
import { parseXml, type XmlDocument } from '../../xml/parse.js';
import { autoProfileChoice, findProfile, nonKvkRecipient, PROFILE_NAMES, type Profile } from './profiles.js';
import {
  autoChoice,
  kvkRulesNotApplicable,
  loadNtRules,
  profileMismatch,
  ProfileFatalError,
  runNtRules,
} from './run.js';

/** A resolved `--profile`: a named profile, or `auto` (chosen per filing). */
export type ProfileChoice = { profile: Profile; auto: false } | { profile?: undefined; auto: true };

/**
 * The profile option checked: undefined when not given.
 * @throws FatalInputError `sbr:unknownProfile` (a usage error, exit 2) naming the profiles there are
 */
export function resolveProfile(name: string | undefined): ProfileChoice | undefined {
  if (name === undefined || name === '') return undefined;
  if (name.toLowerCase() === 'auto') return { auto: true };
  const profile = findProfile(name);
  if (!profile) {
    throw new FatalInputError(paramFinding('sbr:unknownProfile', 'error', { name, profiles: PROFILE_NAMES }, {}));
  }
  return { profile, auto: false };
}

/** schemaRef hrefs of an instance, read from the parsed document or, failing that, from the text. */
function schemaRefs(doc: XmlDocument | undefined, bytes: Uint8Array): string[] {
  if (doc)
    return doc.root.children
      .filter((c) => c.ns === NS.link && c.local === 'schemaRef')
      .map((c) => c.attrs.get(XLINK_HREF) ?? '');
  const text = new TextDecoder('utf-8').decode(bytes);
  return [...text.matchAll(/schemaRef[^>]*?href\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

export function withFindings(r: DocumentResult, extra: Finding[]): DocumentResult {
  if (!extra.length) return r;
  const seen = new Set<string>();
  const findings = [...r.findings, ...extra]
    .filter((f) => {
      const k = `${f.code}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort(compareFindings);
  return { ...r, findings, valid: !findings.some((f) => f.severity === 'error') };
}

/** A taxonomy source that records the compiled taxonomy it hands out. */
export function recording(src: TaxonomySource, onLoad: (t: CompiledTaxonomy) => void): TaxonomySource {
  return {
    ...src,
    load(starts) {
      const l = src.load(starts);
      onLoad(l.taxonomy);
      return l;
    },
  };
}

/**
 * Validates one xBRL-XML document with an NT profile.
 * @param run the pipeline on the parsed document, with the taxonomy source wrapped by the given function
 * @throws ProfileFatalError (a FatalInputError) when the document cannot be validated at all; its `related` holds
 *   the findings of the document-level rules
 */
export async function validateDocumentWithProfile(
  file: string,
  bytes: Uint8Array,
  choice: ProfileChoice,
  lang: string,
  run: (doc: XmlDocument, taxonomies: (t: TaxonomySource) => TaxonomySource) => Promise<DocumentResult>,
): Promise<DocumentResult> {
  let doc: XmlDocument | undefined;
  let parseError: FatalInputError | undefined;
  try {
    doc = parseXml(bytes, file);
  } catch (e) {
    if (!(e instanceof FatalInputError)) throw e;
    parseError = e;
  }
  const refs = schemaRefs(doc, bytes);
  const auto = choice.auto ? autoProfileChoice(refs, false) : undefined;
  const profile = auto ? auto.profile : choice.profile;
  const extra: Finding[] = [];
  if (auto) extra.push(autoChoice(auto, file, lang));
  const isInstance = !doc || (doc.root.ns === NS.xbrli && doc.root.local === 'xbrl');
  // only a document that parsed is said to be an xBRL-XML instance (an empty, binary or malformed file is not one)
  if (profile && profile.kind === 'inline' && doc && isInstance)
    extra.push(profileMismatch(profile, file, 'xbrl', lang));
  const nt = profile && profile.kind === 'nt' && isInstance ? profile : undefined;
  // KvK Filing Rules apply to KvK filings only: not to a Belastingdienst (CBS, DUO) entry point
  const recipient = nt ? nonKvkRecipient(refs) : undefined;
  if (nt && recipient) extra.push(kvkRulesNotApplicable(nt, recipient, refs[0] ?? '', file, lang));
  if (nt) await loadNtRules();
  if (parseError)
    throw new ProfileFatalError(parseError, [
      ...extra,
      ...(nt ? runNtRules(nt, { file, bytes, recipient }, lang) : []),
    ]);
  let taxonomy: CompiledTaxonomy | undefined;
  let result: DocumentResult;
  try {
    result = await run(doc!, (t) => recording(t, (x) => (taxonomy = x)));
  } catch (e) {
    if (!(e instanceof FatalInputError)) throw e;
    throw new ProfileFatalError(e, [...extra, ...(nt ? runNtRules(nt, { file, bytes, doc, recipient }, lang) : [])]);
  }
  if (nt && result.kind === 'instance') {
    let instance;
    try {
      instance = loadInstance(doc!, () => {}, taxonomy);
    } catch {
      instance = undefined;
    }
    extra.push(...runNtRules(nt, { file, bytes, doc, instance, taxonomy, recipient }, lang));
  }
  return withFindings(result, extra);
}
