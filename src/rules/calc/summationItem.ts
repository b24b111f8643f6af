/**
 * Calculation consistency of summation-item relationships (XBRL 2.1 section 5.2.5.2).
 *
 * Binding, per summation-item base set (ELR, link and arc element) and summation concept S:
 * - a summation item is a non-nil numeric fact of S (fractions are not checked);
 * - its contributing items are the non-nil facts of the `to` concepts of S's relationships that are c-equal and
 *   u-equal to it and are descendants of the summation item's parent (siblings, or nested deeper in tuples of
 *   that parent: conformance 397 V-15, V-16, V-22);
 * - the binding is skipped when the summation item or any contributing item has a duplicate (section 4.10;
 *   nil duplicates count: 397 V-11, V-12, V-19), and when there is no contributing item (397 V-05).
 * Consistency: each contributing item is rounded to its inferred decimals and multiplied by the weight; the
 * total is rounded to the summation item's inferred decimals and must equal the summation item's value rounded
 * to its inferred decimals. A value with unknown decimals (precision="0") makes the binding inconsistent
 * (397 V-24, V-29).
 */
import type { Concept, Network } from '../../compile/types.js';
import { equalityIndex } from '../../instance/equality.js';
import type { Fact } from '../../instance/types.js';
import type { MessageParam } from '../../findings.js';
import type { CalcItemParam } from '../../messages/en.js';
import type { Rule, RuleContext } from '../types.js';
import {
  D,
  type CalcRoundingMode,
  type Dec,
  type InferredDecimals,
  amountParam,
  inferDecimals,
  parseDecimal,
  xbrl21Rounding,
} from './rounding.js';

export const SUMMATION_ITEM = 'http://www.xbrl.org/2003/arcrole/summation-item';

interface NumericFact {
  fact: Fact;
  value: Dec;
  decimals: InferredDecimals;
}

/** Facts of an instance indexed for calculation binding. */
interface CalcIndex {
  /**
   * `conceptKey|ancestorKey|contextKey|unitKey` -> non-nil numeric facts nested anywhere under that ancestor
   * (conceptKey: the equality index's short key of the concept).
   */
  items: Map<string, NumericFact | NumericFact[]>;
  /** Summation facts by concept, in document order. */
  sumsByConcept: Map<string, { fact: NumericFact; bindKey: string }[]>;
  /** The equality index's short key of a concept (EqualityIndex#conceptKey). */
  conceptKey: (concept: string) => string;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Adds an item under a key: one item alone (most keys) is held as itself, not in an array of its own. */
function addItem(m: Map<string, NumericFact | NumericFact[]>, k: string, v: NumericFact): void {
  const a = m.get(k);
  if (a === undefined) m.set(k, v);
  else if (Array.isArray(a)) a.push(v);
  else m.set(k, [a, v]);
}

const NO_ITEMS: readonly NumericFact[] = Object.freeze([]);

/** The items under a key, in document order. */
function itemsAt(m: Map<string, NumericFact | NumericFact[]>, k: string): readonly NumericFact[] {
  const a = m.get(k);
  return a === undefined ? NO_ITEMS : Array.isArray(a) ? a : [a];
}

/** Indexes the facts of the concepts in `calcConcepts` (those of some summation-item relationship). */
function buildIndex(ctx: RuleContext, concepts: Record<string, Concept>, calcConcepts: Set<string>): CalcIndex {
  const instance = ctx.instance!;
  const eq = equalityIndex(instance);
  const items = new Map<string, NumericFact | NumericFact[]>();
  const sumsByConcept = new Map<string, { fact: NumericFact; bindKey: string }[]>();
  for (const f of instance.facts) {
    if (f.nil || f.contextRef === undefined || f.unitRef === undefined || !calcConcepts.has(f.concept)) continue;
    const concept = concepts[f.concept];
    if (!concept || concept.kind !== 'item' || !concept.numeric || concept.fraction) continue;
    const c = eq.contextKeyOf(f);
    const u = eq.unitKeyOf(f);
    if (c === undefined || u === undefined) continue;
    const value = parseDecimal(f.value);
    if (!value) continue; // not a number: a schema error reported elsewhere
    const nf: NumericFact = { fact: f, value, decimals: inferDecimals(f, value) };
    const bindKey = `${eq.parentKey(f.parent)}|${c}|${u}`;
    const ck = eq.conceptKey(f.concept);
    push(sumsByConcept, f.concept, { fact: nf, bindKey });
    // a contributing item binds to summations whose parent is any of its ancestors, up to the instance root
    let a: Fact | undefined = f.parent;
    for (;;) {
      addItem(items, `${ck}|${eq.parentKey(a)}|${c}|${u}`, nf);
      if (!a) break;
      a = a.parent;
    }
  }
  return { items, sumsByConcept, conceptKey: (c) => eq.conceptKey(c) };
}

/** Checks every summation-item network of the taxonomy against the instance with the given rounding mode. */
export function checkSummations(ctx: RuleContext, mode: CalcRoundingMode = xbrl21Rounding): void {
  const instance = ctx.instance;
  if (!instance) return;
  const { concepts } = ctx.taxonomy;
  const networks = ctx.taxonomy.networks.filter((n) => n.arcrole === SUMMATION_ITEM && n.relationships.length > 0);
  if (networks.length === 0) return;
  const eq = equalityIndex(instance);
  const calcConcepts = new Set<string>();
  for (const n of networks)
    for (const r of n.relationships) {
      calcConcepts.add(r.from);
      calcConcepts.add(r.to);
    }
  const ix = buildIndex(ctx, concepts, calcConcepts);

  for (const network of networks) checkNetwork(ctx, network, ix, eq.isDuplicate.bind(eq), mode);
}

function checkNetwork(
  ctx: RuleContext,
  network: Network,
  ix: CalcIndex,
  isDuplicate: (f: Fact) => boolean,
  mode: CalcRoundingMode,
): void {
  // relationships by summation concept, in network order
  const bySum = new Map<string, { to: string; weight: Dec }[]>();
  for (const r of network.relationships) {
    if (r.from.startsWith('#') || r.to.startsWith('#')) continue;
    const weight = parseDecimal(r.attributes['weight'] ?? '');
    if (!weight) continue; // a schema error (weight is required, xs:decimal)
    push(bySum, r.from, { to: r.to, weight });
  }

  for (const [sumConcept, rels] of bySum) {
    const candidates = ix.sumsByConcept.get(sumConcept);
    if (!candidates) continue;
    for (const { fact: s, bindKey } of candidates) {
      if (isDuplicate(s.fact)) continue;
      let total: Dec | undefined = new D(0);
      let count = 0;
      let skip = false;
      for (const { to, weight } of rels) {
        for (const item of itemsAt(ix.items, `${ix.conceptKey(to)}|${bindKey}`)) {
          if (isDuplicate(item.fact)) {
            skip = true;
            break;
          }
          count++;
          const rounded = mode.round(item.value, item.decimals);
          total = rounded === undefined || total === undefined ? undefined : total.plus(rounded.mul(weight));
        }
        if (skip) break;
      }
      if (skip || count === 0) continue;
      const reported = mode.round(s.value, s.decimals);
      const computed = total === undefined ? undefined : mode.round(total, s.decimals);
      if (reported !== undefined && computed !== undefined && reported.eq(computed)) continue;
      // inconsistent: the items and their values, for the message (built only here, most bindings are consistent)
      const parts: CalcItemParam[] = [];
      for (const { to, weight } of rels)
        for (const item of itemsAt(ix.items, `${ix.conceptKey(to)}|${bindKey}`))
          parts.push({
            negative: weight.isNegative(),
            ...(weight.abs().eq(1) ? {} : { weight: weight.abs().toString() }),
            concept: ctx.label(to),
            value: amountParam(item.value, item.decimals),
          });
      const f = s.fact;
      ctx.report({
        params: {
          sum: ctx.label(sumConcept),
          reported: amountParam(reported ?? s.value, s.decimals),
          count,
          computed: computed === undefined ? undefined : amountParam(computed, s.decimals),
          items: parts as unknown as MessageParam[],
          context: f.contextRef,
          elr: network.role,
        },
        loc: f,
      });
    }
  }
}

export const calcInconsistency: Rule = {
  code: 'xbrl.5.2.5.2:calcInconsistency',
  spec: 'XBRL 2.1 section 5.2.5.2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    checkSummations(ctx, xbrl21Rounding);
  },
};
