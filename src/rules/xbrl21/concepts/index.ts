/**
 * Concept declaration rules (XBRL 2.1 section 5.1.1): periodType on items, balance only on monetary items,
 * tuples without periodType or balance, and the abstract-element constraints.
 */
import type { Rule } from '../../types.js';
import { tupleRules } from './tuples.js';

export { tupleSchemaFindings } from './tuples.js';

/** XBRL 2.1 section 5.1.1.1: every item declaration has an xbrli:periodType attribute. */
export const itemPeriodType: Rule = {
  code: 'xbrl.5.1.1.1:itemPeriodType',
  spec: 'XBRL 2.1 section 5.1.1.1',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    for (const c of Object.values(ctx.taxonomy.concepts)) {
      if (c.kind === 'item' && c.periodType === undefined) {
        ctx.report({
          params: { concept: ctx.label(c.key) },
          loc: c,
        });
      } else if (c.periodType !== undefined && c.periodType !== 'instant' && c.periodType !== 'duration') {
        ctx.report({
          params: { concept: ctx.label(c.key), periodType: c.periodType },
          loc: c,
        });
      }
    }
  },
};

/** XBRL 2.1 section 5.1.1.2: xbrli:balance only on items of monetaryItemType or a type derived from it. */
export const balanceMonetary: Rule = {
  code: 'xbrl.5.1.1.2:balanceNonMonetary',
  spec: 'XBRL 2.1 section 5.1.1.2',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    for (const c of Object.values(ctx.taxonomy.concepts)) {
      if (c.balance === undefined) continue;
      if (c.kind === 'tuple') {
        ctx.report({
          params: { concept: ctx.label(c.key), tuple: true },
          loc: c,
        });
      } else if (c.kind === 'item' && c.xbrliType !== 'monetaryItemType') {
        ctx.report({
          params: { concept: ctx.label(c.key), xbrliType: c.xbrliType, qnames: [c.key] },
          loc: c,
        });
      }
      if (c.balance !== 'debit' && c.balance !== 'credit') {
        ctx.report({ params: { concept: ctx.label(c.key), balance: c.balance }, loc: c });
      }
    }
  },
};

/** XBRL 2.1 section 4.9 / 5.1.1: tuples carry neither periodType nor balance. */
export const tuplePeriodType: Rule = {
  code: 'xbrl.4.9:tuplePeriodType',
  spec: 'XBRL 2.1 section 4.9',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    for (const c of Object.values(ctx.taxonomy.concepts)) {
      if (c.kind === 'tuple' && c.periodType !== undefined) {
        ctx.report({
          params: { concept: ctx.label(c.key) },
          loc: c,
        });
      }
    }
  },
};

/** XBRL 2.1 section 5.1.1: an item's type must derive from one of the xbrli item types. */
export const itemType: Rule = {
  code: 'xbrl.5.1.1:itemType',
  spec: 'XBRL 2.1 section 5.1.1',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    for (const c of Object.values(ctx.taxonomy.concepts)) {
      if (c.kind !== 'item' || c.xbrliType !== undefined) continue;
      ctx.report({
        params: { concept: ctx.label(c.key), type: c.type },
        loc: c,
      });
    }
  },
};

export const conceptRules: Rule[] = [itemPeriodType, balanceMonetary, tuplePeriodType, itemType, ...tupleRules];
