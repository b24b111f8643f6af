/**
 * One finding per problem: XML Schema validation (libxml2) reports again, in its own words, some mistakes that an
 * XBRL 2.1 rule has already reported with the concept's label and the spec's code (a numeric fact without unitRef is
 * `xbrl.4.6.2:numericUnitRef` and also `xmlSchema:attributesRequired`; an undeclared concept is
 * `xbrl.4.6:undeclaredConcept` and `xmlSchema:noDeclaration`; an incomplete tuple is `xbrl.4.9:tupleContent` and
 * `xmlSchema:elementOccurrencesError`). Such a schema finding is folded into the rule finding: the rule finding stays, and the
 * schema finding's code is listed in its `related`.
 */
import type { Finding } from '../findings.js';

/**
 * Rule code prefixes and the XML Schema codes that, on the same element, report the same problem. `lines` is how
 * many lines after the rule finding's line the schema finding may be: libxml2 reports a missing first child
 * (xbrli:identifier) at the next child element, which is on the following line.
 */
const FOLDS: { rule: string; schema: readonly string[]; lines: number }[] = [
  // XBRL 2.1 section 4.6: item attributes (contextRef, unitRef, precision/decimals) and the item's declaration
  {
    rule: 'xbrl.4.6',
    schema: [
      'xmlSchema:attributesRequired',
      'xmlSchema:attributesExtraneous',
      'xmlSchema:noDeclaration',
      'xmlSchema:elementAbstract',
      'xmlSchema:nillable',
      'xmlSchema:nilElementHasContent',
    ],
    lines: 0,
  },
  // sections 4.7 (context), 4.8 (unit), 4.9 (tuples): content models
  {
    rule: 'xbrl.4.7',
    schema: ['xmlSchema:elementOccurrencesError', 'xmlSchema:elementUnexpected', 'xmlSchema:contentError'],
    lines: 1,
  },
  {
    rule: 'xbrl.4.8',
    schema: ['xmlSchema:elementOccurrencesError', 'xmlSchema:elementUnexpected', 'xmlSchema:contentError'],
    lines: 1,
  },
  {
    rule: 'xbrl.4.9',
    schema: [
      'xmlSchema:elementOccurrencesError',
      'xmlSchema:elementUnexpected',
      'xmlSchema:contentError',
      'xmlSchema:attributesExtraneous',
    ],
    lines: 0,
  },
  // section 5.1.1: item content is simple
  { rule: 'xbrl.5.1.1:itemMixedContent', schema: ['xmlSchema:contentError', 'xmlSchema:elementUnexpected'], lines: 0 },
];

function foldFor(code: string) {
  return FOLDS.find((x) => code === x.rule || code.startsWith(x.rule + ':') || code.startsWith(x.rule + '.'));
}

/**
 * Returns the schema findings that are not folded; rule findings that absorb one get its code in `related` (they are
 * replaced by copies in `ruleFindings`, in place).
 */
export function foldSchemaFindings(ruleFindings: Finding[], schemaFindings: Finding[]): Finding[] {
  const byPlace = new Map<string, number[]>();
  ruleFindings.forEach((f, i) => {
    if (!f.line || !foldFor(f.code)) return;
    const k = `${f.file}\u0000${f.line}`;
    const list = byPlace.get(k);
    if (list) list.push(i);
    else byPlace.set(k, [i]);
  });
  const kept: Finding[] = [];
  for (const s of schemaFindings) {
    let target: number | undefined;
    for (let back = 0; back <= 1 && target === undefined && s.line; back++) {
      for (const i of byPlace.get(`${s.file}\u0000${s.line - back}`) ?? []) {
        const fold = foldFor(ruleFindings[i]!.code)!;
        if (back <= fold.lines && fold.schema.includes(s.code)) {
          target = i;
          break;
        }
      }
    }
    if (target === undefined) {
      kept.push(s);
      continue;
    }
    // the folded code and its former names (a renamed code's findings carry them, docs/codes.md)
    const r = ruleFindings[target]!;
    const add = [s.code, ...(s.related ?? [])].filter((c) => !r.related?.includes(c));
    if (add.length) ruleFindings[target] = { ...r, related: [...(r.related ?? []), ...add] };
  }
  return kept;
}

/**
 * One finding per problem in Inline XBRL: a fact whose transformation fails (`ixTransform:*`, Inline XBRL 1.1 section
 * 12.4.1, the Transformation Registry) keeps its text as its value, and the value check of its concept's type then
 * reports that text again (`xmlSchema:valueError`) at the same place. The transformation finding stays, naming the
 * format and what it expects; the value error is folded into it (its code listed in `related`).
 * @param findings one document's findings (not changed); returns the findings without the folded ones
 */
export function foldTransformValueErrors(findings: Finding[]): Finding[] {
  const at = (f: Finding) => `${f.file}\u0000${f.line}\u0000${f.column}`;
  const transforms = new Map<string, number>();
  findings.forEach((f, i) => {
    if (f.code.startsWith('ixTransform:') && f.line) transforms.set(at(f), i);
  });
  if (!transforms.size) return findings;
  const out = findings.slice();
  const drop = new Set<number>();
  findings.forEach((f, i) => {
    if (f.code !== 'xmlSchema:valueError') return;
    const t = transforms.get(at(f));
    if (t === undefined) return;
    drop.add(i);
    const r = out[t]!;
    const add = [f.code, ...(f.related ?? [])].filter((c) => !r.related?.includes(c));
    if (add.length) out[t] = { ...r, related: [...(r.related ?? []), ...add] };
  });
  return drop.size ? out.filter((_, i) => !drop.has(i)) : findings;
}
