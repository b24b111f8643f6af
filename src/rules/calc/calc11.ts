/**
 * XBRL Calculations 1.1 (Recommendation 2023-02-22) for relationships with the arcrole
 * `https://xbrl.org/2023/arcrole/summation-item`. Relationships with the XBRL 2.1 arcrole keep XBRL 2.1 semantics
 * (`summationItem.ts`); this module never looks at them.
 *
 * Taxonomy (rule `calc11Relationships`):
 * - source and target of a 1.1 relationship are item concepts whose type derives from xs:decimal
 *   (`calc11e:nonDecimalItemNode`; non-numeric, fraction, xs:float and xs:double items and tuples are not);
 * - a network (base set) holds at most one relationship from a source to a target
 *   (`calc11e:duplicateCalculationRelationships`).
 *
 * Report (rule `calc11Consistency`), in the processing mode `ctx.calcMode` (round-to-nearest by default, or
 * truncation; interval arithmetic in `rounding.ts`):
 * - facts are the top-level decimal items (Calculations 1.1 works on the OIM model, which has no tuples); a fact set
 *   is the facts of one concept that are c-equal and u-equal (duplicates included);
 * - a fact whose value has digits beyond its decimals is `calc11e:excessDigits` and its fact set takes no part;
 * - duplicates are combined: the fact set stands for the intersection of its facts' intervals. Facts with the same
 *   decimals must have the same value, a nil fact may only have nil duplicates, and the intersection must not be
 *   empty; otherwise the duplicates are inconsistent (`oime:disallowedDuplicateFacts` in round-to-nearest mode,
 *   `calc11e:disallowedDuplicateFactsUsingTruncation` in truncation mode) and the fact set takes no part;
 * - a summation binds for each non-nil fact set of the source concept with at least one non-nil fact set of a target
 *   concept in the same context and unit; the weighted sum of the target intervals must meet the source interval
 *   (`calc11e:inconsistentCalculationUsingRounding` / `...UsingTruncation`).
 * A fact with precision="0" (value unknown, unsupported by OIM) makes the bindings it is in unchecked.
 */
import type { MessageParams } from '../../findings.js';
import type { CompiledTaxonomy, Concept, Network, Relationship } from '../../compile/types.js';
import { equalityIndex } from '../../instance/equality.js';
import type { Fact } from '../../instance/types.js';
import { builtinBase } from '../../xml/xsd-datatypes.js';
import type { Rule, RuleContext } from '../types.js';
import {
  type Calc11RoundingMode,
  type Dec,
  D,
  type Interval,
  addIntervals,
  calc11Mode,
  amountParam,
  intervalParam,
  hasExcessDigits,
  inferDecimals,
  intersectIntervals,
  parseDecimal,
  scaleInterval,
} from './rounding.js';

export const SUMMATION_ITEM_11 = 'https://xbrl.org/2023/arcrole/summation-item';
const SPEC = 'XBRL Calculations 1.1';

/** Whether a concept is an item whose type derives from xs:decimal (not a fraction, not xs:float or xs:double). */
export function isDecimalItem(c: Concept | undefined): boolean {
  if (!c || c.kind !== 'item' || !c.numeric || c.fraction) return false;
  const t = c.valueType;
  if (!t || t.variety !== 'atomic') return false;
  for (let b: string | undefined = t.builtin; b; b = builtinBase(b)) if (b === 'decimal') return true;
  return false;
}

function calc11Networks(taxonomy: CompiledTaxonomy): Network[] {
  return taxonomy.networks.filter((n) => n.arcrole === SUMMATION_ITEM_11 && n.relationships.length > 0);
}

const isConceptEnd = (r: Relationship): boolean => !r.from.startsWith('#') && !r.to.startsWith('#');

export const calc11Relationships: Rule = {
  code: 'calc11e:nonDecimalItemNode',
  spec: SPEC,
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    const { concepts } = ctx.taxonomy;
    for (const network of calc11Networks(ctx.taxonomy)) {
      const seen = new Map<string, Relationship>();
      for (const r of network.relationships) {
        if (!isConceptEnd(r)) continue;
        const bad = [r.from, r.to].filter((key) => concepts[key] && !isDecimalItem(concepts[key]));
        if (bad.length > 0) {
          ctx.report({
            params: {
              from: ctx.label(r.from),
              to: ctx.label(r.to),
              elr: network.role,
              concepts: [...new Set(bad)].map((b) => ctx.label(b)),
              count: bad.length,
              qnames: [...new Set(bad)],
            },
            loc: r,
          });
        }
        const key = `${r.from}\n${r.to}`;
        const first = seen.get(key);
        if (first) {
          ctx.report({
            code: 'calc11e:duplicateCalculationRelationships',
            params: {
              from: ctx.label(r.from),
              to: ctx.label(r.to),
              elr: network.role,
              file: first.file,
              line: first.line,
            },
            loc: r,
          });
        } else seen.set(key, r);
      }
    }
  },
};

interface FactSet {
  concept: string;
  facts: Fact[];
}

/** What a fact set stands for: an interval, all nil, or nothing usable (reported, or unknown precision). */
type SetValue =
  { kind: 'value'; interval: Interval; value: Dec; decimals: number | 'INF' } | { kind: 'nil' } | { kind: 'none' };

class Calc11Checker {
  /** `concept|contextKey|unitKey` -> fact set. */
  private readonly sets = new Map<string, FactSet>();
  /** concept -> bind keys (`contextKey|unitKey`) of its fact sets, in document order. */
  private readonly keysByConcept = new Map<string, string[]>();
  private readonly values = new Map<FactSet, SetValue>();

  constructor(
    private readonly ctx: RuleContext,
    private readonly mode: Calc11RoundingMode,
    networks: Network[],
  ) {
    const instance = ctx.instance!;
    const { concepts } = ctx.taxonomy;
    const used = new Set<string>();
    for (const n of networks) for (const r of n.relationships) if (isConceptEnd(r)) used.add(r.from).add(r.to);
    const eq = equalityIndex(instance);
    for (const f of instance.facts) {
      if (f.isTuple || f.parent || !used.has(f.concept) || !isDecimalItem(concepts[f.concept])) continue;
      const c = eq.contextKeyOf(f);
      const u = f.unitRef === undefined ? undefined : eq.unitKeyOf(f);
      if (c === undefined || u === undefined) continue;
      const bindKey = `${c}|${u}`;
      const key = `${f.concept}|${bindKey}`;
      const s = this.sets.get(key);
      if (s) s.facts.push(f);
      else {
        this.sets.set(key, { concept: f.concept, facts: [f] });
        const keys = this.keysByConcept.get(f.concept);
        if (keys) keys.push(bindKey);
        else this.keysByConcept.set(f.concept, [bindKey]);
      }
    }
  }

  /** The value of a fact set, computed once; excess digits and inconsistent duplicates are reported the first time. */
  private valueOf(set: FactSet): SetValue {
    let v = this.values.get(set);
    if (!v) {
      v = this.evaluate(set);
      this.values.set(set, v);
    }
    return v;
  }

  private evaluate(set: FactSet): SetValue {
    const { ctx, mode } = this;
    const nils = set.facts.filter((f) => f.nil).length;
    if (nils === set.facts.length) return { kind: 'nil' };
    if (nils > 0) return this.inconsistentDuplicates(set, { why: 'nil' });
    let interval: Interval | undefined;
    let best: { value: Dec; decimals: number | 'INF' } | undefined;
    const byDecimals = new Map<number | 'INF', Dec>();
    let excess = false;
    let unknown = false;
    for (const f of set.facts) {
      const value = parseDecimal(f.value);
      if (!value) return { kind: 'none' }; // not a number: a schema error reported elsewhere
      const d = inferDecimals(f, value);
      if (d === 'unknown') {
        unknown = true;
        continue;
      }
      if (hasExcessDigits(value, d)) {
        excess = true;
        ctx.report({
          code: 'calc11e:excessDigits',
          params: {
            concept: ctx.label(f.concept),
            value: f.value.trim(),
            context: f.contextRef,
            decimals: f.decimals ?? f.precision,
          },
          loc: f,
        });
        continue;
      }
      const same = byDecimals.get(d);
      if (same && !same.eq(value)) return this.inconsistentDuplicates(set, { why: 'differ', decimals: String(d) });
      byDecimals.set(d, value);
      const i = mode.interval(value, d);
      interval = interval ? intersectIntervals(interval, i) : i;
      if (!interval) return this.inconsistentDuplicates(set, { why: 'noOverlap' });
      if (!best || d === 'INF' || (best.decimals !== 'INF' && d > best.decimals)) best = { value, decimals: d };
    }
    if (excess || unknown || !interval || !best) return { kind: 'none' };
    return { kind: 'value', interval, ...best };
  }

  /** `why`: `{why: 'nil'}`, `{why: 'differ', decimals}` or `{why: 'noOverlap'}` (the message params of the reason). */
  private inconsistentDuplicates(set: FactSet, why: MessageParams): SetValue {
    const { ctx, mode } = this;
    const f = set.facts[0]!;
    const values = set.facts.map((x) =>
      x.nil ? { nil: true } : { value: x.value.trim(), decimals: x.decimals ?? x.precision ?? '-' },
    );
    ctx.report({
      code:
        mode.name === 'truncate' ? 'calc11e:disallowedDuplicateFactsUsingTruncation' : 'oime:disallowedDuplicateFacts',
      params: {
        concept: ctx.label(f.concept),
        count: set.facts.length,
        context: f.contextRef,
        values,
        ...why,
        truncate: mode.name === 'truncate',
      },
      loc: f,
    });
    return { kind: 'none' };
  }

  checkNetwork(network: Network): void {
    const bySum = new Map<string, { to: string; weight: Dec }[]>();
    for (const r of network.relationships) {
      if (!isConceptEnd(r)) continue;
      const weight = parseDecimal(r.attributes['weight'] ?? '');
      if (!weight) continue; // a schema error (weight is required, xs:decimal)
      const a = bySum.get(r.from);
      if (a) a.push({ to: r.to, weight });
      else bySum.set(r.from, [{ to: r.to, weight }]);
    }
    for (const [sumConcept, rels] of bySum) {
      for (const bindKey of this.keysByConcept.get(sumConcept) ?? [])
        this.checkBinding(network, sumConcept, bindKey, rels);
    }
  }

  private checkBinding(
    network: Network,
    sumConcept: string,
    bindKey: string,
    rels: { to: string; weight: Dec }[],
  ): void {
    const { ctx, mode } = this;
    const items = rels.flatMap(({ to, weight }) => {
      const set = this.sets.get(`${to}|${bindKey}`);
      return set ? [{ set, weight }] : [];
    });
    if (items.length === 0) return;
    const sumSet = this.sets.get(`${sumConcept}|${bindKey}`)!;
    // evaluate every fact set of the binding, so that each problem is reported even when another blocks the check
    const sum = this.valueOf(sumSet);
    const itemValues = items.map(({ set, weight }) => ({ value: this.valueOf(set), weight }));
    if (sum.kind !== 'value' || itemValues.some((i) => i.value.kind === 'none')) return;
    let total: Interval | undefined;
    let reported = new D(0);
    let count = 0;
    for (const { value, weight } of itemValues) {
      if (value.kind !== 'value') continue; // nil: no contribution
      count++;
      const term = scaleInterval(value.interval, weight);
      total = total ? addIntervals(total, term) : term;
      reported = reported.plus(value.value.mul(weight));
    }
    if (!total || intersectIntervals(sum.interval, total)) return;
    const f = sumSet.facts[0]!;
    ctx.report({
      code: `calc11e:inconsistentCalculationUsing${mode.codeSuffix}`,
      params: {
        sum: ctx.label(sumConcept),
        value: amountParam(sum.value, sum.decimals),
        count,
        reported: amountParam(reported, 'INF'),
        context: f.contextRef,
        elr: network.role,
        mode: mode.name === 'truncate' ? 'truncate' : 'round',
        sumInterval: intervalParam(sum.interval),
        total: intervalParam(total),
      },
      loc: f,
    });
  }
}

export const calc11Consistency: Rule = {
  code: 'calc11e:inconsistentCalculationUsingRounding',
  spec: SPEC,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    if (!ctx.instance) return;
    const networks = calc11Networks(ctx.taxonomy);
    if (networks.length === 0) return;
    const checker = new Calc11Checker(ctx, calc11Mode(ctx.calcMode), networks);
    for (const network of networks) checker.checkNetwork(network);
  },
};
