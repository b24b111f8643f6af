/**
 * Instance consistency with definition relationships:
 * - requires-element (section 5.2.6.2.4): when the instance has a fact of the source concept, it must have at
 *   least one fact of the target concept (nil facts count as facts). One finding per concept pair.
 * - essence-alias (section 5.2.6.2.2): non-nil facts of the essence and the alias concept that are c-equal and
 *   p-equal must be u-equal and v-equal. v-equal of numeric facts: equal after rounding both to the lower of
 *   their inferred decimals (section 4.6.6); other values: equal after whitespace collapsing.
 * Both are inconsistencies in the sense of section 5.2.6.2 and reported as errors.
 */
import { equalityIndex } from '../../../instance/equality.js';
import type { Fact } from '../../../instance/types.js';
import { type InferredDecimals, inferDecimals, parseDecimal, roundHalfEven } from '../../calc/rounding.js';
import type { Rule } from '../../types.js';
import { ARCROLE, shortName } from './constants.js';

export const requiresElement: Rule = {
  code: 'xbrl.5.2.6.2.4:requiresElementInconsistency',
  spec: 'XBRL 2.1 section 5.2.6.2.4',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const instance = ctx.instance;
    if (!instance) return;
    const networks = ctx.taxonomy.networks.filter((n) => n.arcrole === ARCROLE.requiresElement);
    if (networks.length === 0) return;
    const firstFact = new Map<string, Fact>();
    for (const f of instance.facts) if (!firstFact.has(f.concept)) firstFact.set(f.concept, f);
    const seen = new Set<string>();
    for (const network of networks) {
      for (const rel of network.relationships) {
        const source = firstFact.get(rel.from);
        if (!source || firstFact.has(rel.to)) continue;
        const key = `${rel.from} ${rel.to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ctx.report({
          params: { from: ctx.label(rel.from), to: ctx.label(rel.to), elr: network.role },
          loc: source,
        });
      }
    }
  },
};

function minDecimals(a: InferredDecimals, b: InferredDecimals): InferredDecimals {
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  if (a === 'INF') return b;
  if (b === 'INF') return a;
  return Math.min(a, b);
}

/** v-equal of two item facts (section 4.10) as used for essence-alias consistency. */
export function valueEqual(a: Fact, b: Fact, numeric: boolean): boolean {
  if (!numeric) return a.value.trim().replace(/\s+/g, ' ') === b.value.trim().replace(/\s+/g, ' ');
  const va = parseDecimal(a.value);
  const vb = parseDecimal(b.value);
  if (!va || !vb) return a.value.trim() === b.value.trim();
  const d = minDecimals(inferDecimals(a, va), inferDecimals(b, vb));
  if (d === 'unknown') return false;
  if (d === 'INF') return va.eq(vb);
  return roundHalfEven(va, d).eq(roundHalfEven(vb, d));
}

export const essenceAliasValues: Rule = {
  code: 'xbrl.5.2.6.2.2:essenceAliasValueInconsistency',
  spec: 'XBRL 2.1 section 5.2.6.2.2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const instance = ctx.instance;
    if (!instance) return;
    const networks = ctx.taxonomy.networks.filter((n) => n.arcrole === ARCROLE.essenceAlias);
    if (networks.length === 0) return;
    const involved = new Set<string>();
    for (const n of networks)
      for (const r of n.relationships) {
        involved.add(r.from);
        involved.add(r.to);
      }
    const eq = equalityIndex(instance);
    // concept|parent|context -> non-nil facts
    const byKey = new Map<string, Fact[]>();
    for (const f of instance.facts) {
      if (f.nil || !involved.has(f.concept)) continue;
      const c = eq.contextKeyOf(f);
      if (c === undefined) continue;
      const k = `${f.concept}|${eq.parentKey(f.parent)}|${c}`;
      const g = byKey.get(k);
      if (g) g.push(f);
      else byKey.set(k, [f]);
    }
    const aliasByConcept = new Map<string, Fact[]>();
    for (const f of instance.facts) {
      if (!f.nil && involved.has(f.concept) && f.contextRef !== undefined) {
        const g = aliasByConcept.get(f.concept);
        if (g) g.push(f);
        else aliasByConcept.set(f.concept, [f]);
      }
    }
    const seen = new Set<string>();
    for (const network of networks) {
      for (const rel of network.relationships) {
        const pairKey = `${rel.from} ${rel.to}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const numeric = ctx.taxonomy.concepts[rel.from]?.numeric ?? false;
        for (const alias of aliasByConcept.get(rel.to) ?? []) {
          const c = eq.contextKeyOf(alias);
          if (c === undefined) continue;
          for (const essence of byKey.get(`${rel.from}|${eq.parentKey(alias.parent)}|${c}`) ?? []) {
            const what = { essence: ctx.label(rel.from), alias: ctx.label(rel.to), context: alias.contextRef };
            if (eq.unitKeyOf(essence) !== eq.unitKeyOf(alias)) {
              ctx.report({
                code: 'xbrl.5.2.6.2.2:essenceAliasUnitsInconsistency',
                params: { ...what, units: [essence.unitRef ?? 'none', alias.unitRef ?? 'none'] },
                loc: alias,
              });
            } else if (!valueEqual(essence, alias, numeric)) {
              ctx.report({
                params: {
                  ...what,
                  values: [essence.value.trim(), alias.value.trim()],
                  aliasName: shortName(rel.to),
                  essenceName: shortName(rel.from),
                },
                loc: alias,
              });
            }
          }
        }
      }
    }
  },
};
