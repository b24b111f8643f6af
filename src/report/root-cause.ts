/**
 * Root causes before cascades (issue 11 item 2). A DTS document that cannot be found (`sbr:documentNotFound`, XBRL 2.1
 * section 3.2) leaves its types, concepts and members undeclared, and every rule that needs them then reports each fact,
 * concept and relationship that uses them: thousands of `xbrl.5.1.1:itemType`, balance and unitRef errors that all
 * follow from one missing document. Here the missing documents come first, and the findings that follow from them are
 * replaced by one summary finding per missing document (`sbr:notChecked`) saying what could not be checked (how many
 * facts, concepts and types) and listing the folded codes under `related`.
 *
 * A cascade finding is attributed to the missing document whose URL starts with a namespace the finding names
 * (`{ns}local`, e.g. the DTR types namespace http://www.xbrl.org/dtr/type/2022-03-31 for .../2022-03-31/types.xsd);
 * the others go to one summary for all missing documents. Only the codes below are folded: rules whose result is
 * meaningless while the DTS is incomplete.
 */
import { paramFinding } from '../messages/index.js';
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

function urlOf(f: Finding): string | undefined {
  return /Cannot find the document (\S+)/.exec(f.message)?.[1];
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

/**
 * Missing DTS documents first, then per missing document one `sbr:notChecked` summary in place of the findings that
 * follow from it; the other findings after them in their order. Without `sbr:documentNotFound` errors the findings are
 * returned unchanged.
 * @param findings one document's findings, sorted
 */
export function rootCausesFirst(findings: Finding[]): Finding[] {
  const missing = findings.filter((f) => f.code === MISSING && f.severity === 'error' && urlOf(f));
  if (!missing.length) return findings;
  const urls = missing.map((f) => norm(urlOf(f)!));
  const folded = new Map<number, Finding[]>(); // index in `missing` (or -1: all) -> findings
  const rest: Finding[] = [];
  for (const f of findings) {
    if (f.code === MISSING) continue;
    if (!CASCADE_CODES.has(f.code)) {
      rest.push(f);
      continue;
    }
    const namespaces = [...f.message.matchAll(/\{([^}\s]+)\}/g)].map((m) => norm(m[1]!));
    let at = urls.length === 1 ? 0 : -1;
    for (const ns of urls.length > 1 ? namespaces : []) {
      const i = urls.findIndex(
        (u) => u === ns || u.startsWith(ns + '/') || u.startsWith(ns + '-') || u.startsWith(ns + '.'),
      );
      if (i >= 0) {
        at = i;
        break;
      }
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
        cause: cause ? urlOf(cause)! : undefined,
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
  const unattributed = folded.get(-1);
  if (unattributed?.length) summaries.push(summary(unattributed, undefined));
  const missingAll = findings.filter((f) => f.code === MISSING);
  return [...missingAll, ...summaries, ...rest];
}
