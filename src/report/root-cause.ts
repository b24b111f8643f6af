/**
 * Root causes before cascades (issue 11 item 2). A DTS document that cannot be found (`sbr:documentNotFound`, XBRL 2.1
 * section 3.2) leaves its types, concepts and members undeclared, and every rule that needs them then reports each fact,
 * concept and relationship that uses them: thousands of `xbrl.5.1.1:itemType`, balance and unitRef errors that all
 * follow from one missing document. Here the missing documents come first, and the findings that follow from them are
 * replaced by one summary finding per missing document (`sbr:notChecked`) saying what could not be checked (how many
 * facts, concepts and types) and listing the folded codes under `related`.
 *
 * A cascade finding is folded only when it is about a namespace that no schema of the DTS declares and whose missing
 * document is known: a namespace the finding names (`{ns}local` in its message or params, and the namespace of the
 * declared type of a concept its params name) that starts the URL of a missing document (e.g. the DTR types namespace
 * http://www.xbrl.org/dtr/type/2022-03-31 for .../2022-03-31/types.xsd). A finding about namespaces the DTS does declare
 * (an undeclared concept in an existing namespace, an invalid value of a known type) is the filing's own error and is
 * kept, whatever else is missing. Only the codes below are folded: rules whose result is meaningless while the DTS is
 * incomplete.
 */
import { paramFinding } from '../messages/index.js';
import type { CompiledTaxonomy } from '../compile/types.js';
import type { Finding } from '../findings.js';

/** Codes whose findings follow from undeclared types, concepts or dimensions when DTS documents are missing. */
export const CASCADE_CODES = new Set([
  'xbrl.5.1.1:itemType',
  'xbrl.5.1.1.2:balanceNonMonetary',
  'xbrl.4.6.2:nonNumericUnitRef',
  'xbrl.4.6.2:numericUnitRef',
  'xbrl.4.6.3:nonNumericPrecisionDecimals',
  'xbrl.4.6:undeclaredConcept',
  'xbrl.5.2.5.2:nonNumericCalc',
  'calc11e:nonDecimalItemNode',
  'xmlSchema:schemaError',
  'xmlSchema:noDeclaration',
  'xmlSchema:valueError',
  'xbrldie:ExplicitMemberNotExplicitDimensionError',
  'xbrldie:ExplicitMemberUndefinedQNameError',
  'xbrldie:TypedMemberNotTypedDimensionError',
  'xbrldie:PrimaryItemDimensionallyInvalidError',
  'xbrldte:HasHypercubeTargetError',
  'xbrldte:HypercubeDimensionTargetError',
  'xbrldte:DimensionDomainTargetError',
  'xbrldte:DomainMemberTargetError',
]);

const MISSING = 'sbr:documentNotFound';

/** The missing document's URL: its `url` param (DTS discovery, src/dts/discover.ts), else read from the message. */
export function missingUrlOf(f: Finding): string | undefined {
  const url = f.params?.['url'];
  return typeof url === 'string' ? url : /Cannot find the document (\S+)/.exec(f.message)?.[1];
}

/** http and https, and a trailing slash, do not matter when a namespace is compared with a document URL. */
function norm(u: string): string {
  return u
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

const isFactFile = (file: string) =>
  /\.(xbrl|html?|xhtml)$/i.test(file) ||
  (/\.xml$/i.test(file) && !/(lab|pre|cal|def|ref|for|gen)[^/]*\.xml$/i.test(file));

/** What root-cause attribution needs of the DTS the findings were made with. */
export interface DtsNamespaces {
  /** Whether a schema of the DTS has this target namespace. */
  declares(namespace: string): boolean;
  /** The expanded name of the declared type of the concept with this expanded name, when the DTS has the concept. */
  typeOf(concept: string): string | undefined;
}

const byTaxonomy = new WeakMap<CompiledTaxonomy, DtsNamespaces>();

/** The DtsNamespaces of a compiled taxonomy (computed once per taxonomy). */
export function dtsNamespaces(taxonomy: CompiledTaxonomy): DtsNamespaces {
  let view = byTaxonomy.get(taxonomy);
  if (!view) {
    const declared = new Set<string>();
    for (const d of taxonomy.documents) if (d.kind === 'schema' && d.targetNamespace) declared.add(d.targetNamespace);
    view = { declares: (ns) => declared.has(ns), typeOf: (key) => taxonomy.concepts[key]?.type };
    byTaxonomy.set(taxonomy, view);
  }
  return view;
}

const CLARK = /\{([^}\s]+)\}/g;

/** The namespaces a finding is about: named in its message and params, and of the types of the concepts it names. */
function namespacesOf(f: Finding, dts: DtsNamespaces): Set<string> {
  const out = new Set<string>();
  const add = (text: string, concept: boolean) => {
    for (const m of text.matchAll(CLARK)) {
      out.add(m[1]!);
      if (concept && m.index === 0) {
        const type = dts.typeOf(text);
        const ns = type && /^\{([^}]+)\}/.exec(type)?.[1];
        if (ns) out.add(ns);
      }
    }
  };
  add(f.message, false);
  for (const v of Object.values(f.params ?? {})) {
    if (typeof v === 'string') add(v, true);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') add(x, true);
  }
  return out;
}

/**
 * Missing DTS documents first, then per missing document one `sbr:notChecked` summary in place of the findings that
 * follow from it; the other findings after them in their order. Without `sbr:documentNotFound` errors the findings are
 * returned unchanged. Without `dts`, nothing is folded: the missing documents and the summaries made earlier (an
 * Inline XBRL target document's findings, folded by validateParsed and then merged with the document set's) come
 * first, the rest after them in their order.
 * @param findings one document's findings, sorted
 * @param dts the namespaces of the DTS the findings were made with (see dtsNamespaces)
 */
export function rootCausesFirst(findings: Finding[], dts?: DtsNamespaces): Finding[] {
  const missing = findings.filter((f) => f.code === MISSING && f.severity === 'error' && missingUrlOf(f));
  if (!missing.length) return findings;
  if (!dts) {
    const first = findings.filter((f) => f.code === MISSING);
    const summaries = findings.filter((f) => f.code === 'sbr:notChecked');
    return [...first, ...summaries, ...findings.filter((f) => f.code !== MISSING && f.code !== 'sbr:notChecked')];
  }
  const urls = missing.map((f) => norm(missingUrlOf(f)!));
  const folded = new Map<number, Finding[]>(); // index in `missing` -> findings
  const rest: Finding[] = [];
  for (const f of findings) {
    if (f.code === MISSING) continue;
    let at = -1;
    if (CASCADE_CODES.has(f.code)) {
      for (const ns of namespacesOf(f, dts)) {
        if (dts.declares(ns)) continue;
        const n = norm(ns);
        at = urls.findIndex((u) => u === n || u.startsWith(n + '/') || u.startsWith(n + '-') || u.startsWith(n + '.'));
        if (at >= 0) break;
      }
    }
    if (at < 0) {
      rest.push(f);
      continue;
    }
    const list = folded.get(at);
    if (list) list.push(f);
    else folded.set(at, [f]);
  }
  const summaries: Finding[] = [];
  const summary = (list: Finding[], cause: Finding | undefined): Finding => {
    const facts = new Set(list.filter((f) => isFactFile(f.file)).map((f) => `${f.file}:${f.line}`)).size;
    const concepts = new Set(list.filter((f) => /\.xsd$/i.test(f.file)).map((f) => `${f.file}:${f.line}`)).size;
    const types = new Set(
      list.flatMap((f) =>
        f.code === 'xbrl.5.1.1:itemType' ? [...f.message.matchAll(/has type (\{[^}]+\}\S+)/g)].map((m) => m[1]!) : [],
      ),
    ).size;
    const byCode = new Map<string, number>();
    for (const f of list) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    const codes = [...byCode].sort((a, b) => b[1] - a[1]);
    const s = paramFinding(
      'sbr:notChecked',
      'warning',
      {
        cause: cause ? missingUrlOf(cause)! : undefined,
        missing: missing.length,
        facts,
        concepts,
        types,
        count: list.length,
        codes,
      },
      cause ?? list[0]!,
      'XBRL 2.1 section 3.2',
    );
    s.related = codes.map(([c]) => c);
    return s;
  };
  missing.forEach((m, i) => {
    const list = folded.get(i);
    if (list?.length) summaries.push(summary(list, m));
  });
  const missingAll = findings.filter((f) => f.code === MISSING);
  return [...missingAll, ...summaries, ...rest];
}
