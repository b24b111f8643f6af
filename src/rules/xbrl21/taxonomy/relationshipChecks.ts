/**
 * Constraints on the endpoints and attributes of standard relationships, checked on the base sets:
 * - summation-item (section 5.2.5.2): both endpoints numeric items (`xbrl.5.2.5.2:nonNumericCalc`,
 *   conformance 213), weight not zero (section 5.2.5.2.1, `xbrl.5.2.5.2.1:zeroWeight`, 208 V-10), and weights
 *   compatible with the balance attributes (section 5.1.1.2 table 6: same balance needs a positive weight,
 *   opposite balances a negative one; 208 V-02..V-09);
 * - essence-alias (section 5.2.6.2.2): both endpoints items with the same type and periodType
 *   (`essenceAliasTypes`) and, when both have one, the same balance (`essenceAliasBalance`);
 * - parent-child preferredLabel (section 5.2.4.2.1): the target concept has a label with that role in some
 *   language (`xbrl.5.2.4.2.1:preferredLabelMissing`, conformance preferredLabel V-1..V-5).
 */
import type { Concept } from '../../../compile/types.js';
import type { MessageParams } from '../../../findings.js';
import { D } from '../../calc/rounding.js';
import type { Rule } from '../../types.js';
import { ARCROLE, shortName } from './constants.js';

function weightOf(attrs: Record<string, string>): InstanceType<typeof D> | undefined {
  const w = attrs['weight']?.trim();
  if (w === undefined || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(w)) return undefined;
  return new D(w);
}

export const calculationArcs: Rule = {
  code: 'xbrl.5.2.5.2:nonNumericCalc',
  spec: 'XBRL 2.1 sections 5.1.1.2, 5.2.5.2, 5.2.5.2.1',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    const { concepts } = ctx.taxonomy;
    for (const network of ctx.taxonomy.networks) {
      if (network.arcrole !== ARCROLE.summationItem) continue;
      for (const rel of network.relationships) {
        const from = concepts[rel.from];
        const to = concepts[rel.to];
        if (!from || !to) continue; // resource endpoints or unknown concepts: reported by DTS discovery
        const desc = { from: ctx.label(rel.from), to: ctx.label(rel.to), elr: network.role };
        const bad = [from, to].filter((c) => c.kind !== 'item' || !c.numeric);
        if (bad.length) {
          ctx.report({
            params: { ...desc, concepts: bad.map((c) => ctx.label(c.key)), qnames: bad.map((c) => c.key) },
            loc: rel,
          });
        }
        const w = weightOf(rel.attributes);
        if (!w) continue;
        if (w.isZero()) {
          ctx.report({
            code: 'xbrl.5.2.5.2.1:zeroWeight',
            params: desc,
            loc: rel,
          });
          continue;
        }
        if (from.balance && to.balance) {
          const same = from.balance === to.balance;
          if (same === w.isNegative()) {
            ctx.report({
              code: `xbrl.5.1.1.2:balanceCalcWeightIllegal${w.isNegative() ? 'Negative' : 'Positive'}`,
              params: {
                ...desc,
                weight: rel.attributes['weight']!.trim(),
                fromName: shortName(rel.from),
                fromBalance: from.balance,
                toName: shortName(rel.to),
                toBalance: to.balance,
                same,
              },
              loc: rel,
            });
          }
        }
      }
    }
  },
};

function typeOf(c: Concept): string | undefined {
  // two anonymous types cannot be told apart here: compare the xbrli item type they derive from
  return c.type === '#anonymous' ? `#anonymous:${c.xbrliType ?? ''}` : c.type;
}

export const essenceAliasArcs: Rule = {
  code: 'xbrl.5.2.6.2.2:essenceAliasTypes',
  spec: 'XBRL 2.1 section 5.2.6.2.2',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    const { concepts } = ctx.taxonomy;
    for (const network of ctx.taxonomy.networks) {
      if (network.arcrole !== ARCROLE.essenceAlias) continue;
      for (const rel of network.relationships) {
        const essence = concepts[rel.from];
        const alias = concepts[rel.to];
        if (!essence || !alias) continue;
        const desc = { from: ctx.label(rel.from), to: ctx.label(rel.to), elr: network.role };
        const diffs: MessageParams = {};
        if (essence.kind !== 'item' || alias.kind !== 'item') diffs['notItems'] = true;
        if (typeOf(essence) !== typeOf(alias))
          diffs['types'] = [shortName(essence.type ?? '?'), shortName(alias.type ?? '?')];
        if (essence.periodType !== alias.periodType)
          diffs['periodTypes'] = [essence.periodType ?? 'none', alias.periodType ?? 'none'];
        if (Object.keys(diffs).length) ctx.report({ params: { ...desc, ...diffs }, loc: rel });
        if (essence.balance && alias.balance && essence.balance !== alias.balance) {
          ctx.report({
            code: 'xbrl.5.2.6.2.2:essenceAliasBalance',
            params: { ...desc, balances: [essence.balance, alias.balance] },
            loc: rel,
          });
        }
      }
    }
  },
};

export const preferredLabel: Rule = {
  code: 'xbrl.5.2.4.2.1:preferredLabelMissing',
  spec: 'XBRL 2.1 section 5.2.4.2.1',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    const { labels } = ctx.taxonomy;
    for (const network of ctx.taxonomy.networks) {
      if (network.arcrole !== ARCROLE.parentChild) continue;
      for (const rel of network.relationships) {
        const role = rel.attributes['preferredLabel'];
        if (role === undefined || rel.to.startsWith('#')) continue;
        const byLang = labels[rel.to]?.[role];
        if (byLang && Object.keys(byLang).length > 0) continue;
        ctx.report({
          params: {
            from: ctx.label(rel.from),
            to: ctx.label(rel.to),
            elr: network.role,
            role,
            toName: shortName(rel.to),
          },
          loc: rel,
        });
      }
    }
  },
};
