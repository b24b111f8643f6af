/**
 * Item facts (XBRL 2.1 section 4.6): the concept of a fact, contextRef (4.6.1), unitRef (4.6.2),
 * precision and decimals (4.6.3 to 4.6.5) and nil items.
 */
import { closestMatch } from '../../../findings.js';
import { XSI_NS, attr } from '../../../xml/parse.js';
import type { Rule } from '../../types.js';
import { conceptOf, itemConcept, loc } from './util.js';

/**
 * Every fact element must be a concrete item or tuple declared in the DTS (xbrl-instance.xsd content model of xbrli:xbrl,
 * section 4.6, 4.9). An undeclared one gets, when a concrete item or tuple of the same namespace has a close local name
 * (`closestMatch`, src/findings.ts), `suggestion` (prefix:name) and `suggestionLabel` in its params: "did you mean".
 */
export const factConcept: Rule = {
  code: 'xbrl.4.6:undeclaredConcept',
  spec: 'XBRL 2.1 sections 4.6 and 4.9; xbrl-instance.xsd',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    // "did you mean": the declared items and tuples by namespace, built on the first undeclared fact
    let byNamespace: Map<string, string[]> | undefined;
    const suggestions = new Map<string, string | undefined>();
    const suggest = (key: string): string | undefined => {
      if (suggestions.has(key)) return suggestions.get(key);
      if (!byNamespace) {
        byNamespace = new Map();
        for (const [k, c] of Object.entries(ctx.taxonomy.concepts)) {
          if (c.kind === 'other' || c.abstract) continue;
          const i = k.lastIndexOf('}');
          const ns = k.slice(1, i);
          let names = byNamespace.get(ns);
          if (!names) byNamespace.set(ns, (names = []));
          names.push(k.slice(i + 1));
        }
      }
      const i = key.lastIndexOf('}');
      const local = closestMatch(key.slice(i + 1), byNamespace.get(key.slice(1, i)) ?? []);
      const hit = local === undefined ? undefined : `${key.slice(0, i + 1)}${local}`;
      suggestions.set(key, hit);
      return hit;
    };
    for (const f of inst.facts) {
      const c = conceptOf(ctx, f);
      const name = f.element.prefix ? `${f.element.prefix}:${f.element.local}` : f.element.local;
      if (!c) {
        const near = suggest(f.concept);
        const nearName = near === undefined ? undefined : ctx.taxonomy.concepts[near]!.name;
        ctx.report({
          params: {
            concept: name,
            qname: f.concept,
            ...(near !== undefined
              ? {
                  suggestion: f.element.prefix ? `${f.element.prefix}:${nearName}` : nearName!,
                  suggestionLabel: ctx.label(near),
                }
              : {}),
          },
          loc: loc(f),
        });
      } else if (c.kind === 'other') {
        ctx.report({
          code: 'xbrl.4.6:notItemOrTuple',
          params: { concept: ctx.label(f.concept) },
          loc: loc(f),
        });
      } else if (c.abstract) {
        ctx.report({
          code: 'xbrl.4.6:abstractConcept',
          params: { concept: ctx.label(f.concept) },
          loc: loc(f),
        });
      }
    }
  },
};

/** An item must have a contextRef that refers to a context of the instance (section 4.6.1). */
export const itemContextRef: Rule = {
  code: 'xbrl.4.6.1:itemContextRef',
  spec: 'XBRL 2.1 section 4.6.1',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    for (const f of ctx.instance?.facts ?? []) {
      if (!itemConcept(ctx, f)) continue;
      if (f.contextRef === undefined) {
        ctx.report({
          params: { concept: ctx.label(f.concept) },
          loc: loc(f),
        });
      } else if (!inst.contexts.has(f.contextRef)) {
        const other = inst.ids.get(f.contextRef);
        ctx.report({
          params: { concept: ctx.label(f.concept), context: f.contextRef, other: other?.local },
          loc: loc(f),
        });
      }
    }
  },
};

/** A numeric item must have a unitRef to a unit of the instance; a non-numeric item must not have one (section 4.6.2). */
export const numericUnitRef: Rule = {
  code: 'xbrl.4.6.2:numericUnitRef',
  spec: 'XBRL 2.1 section 4.6.2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    for (const f of ctx.instance?.facts ?? []) {
      const c = itemConcept(ctx, f);
      if (!c) continue;
      if (c.numeric) {
        if (f.unitRef === undefined) {
          ctx.report({ params: { concept: ctx.label(f.concept), qnames: [f.concept] }, loc: loc(f) });
        } else if (!inst.units.has(f.unitRef)) {
          const other = inst.ids.get(f.unitRef);
          ctx.report({
            params: { concept: ctx.label(f.concept), unit: f.unitRef, other: other?.local },
            loc: loc(f),
          });
        }
      } else if (f.unitRef !== undefined) {
        ctx.report({
          code: 'xbrl.4.6.2:nonNumericUnitRef',
          params: { concept: ctx.label(f.concept), unit: f.unitRef, qnames: [f.concept] },
          loc: loc(f),
        });
      }
    }
  },
};

const PRECISION_RE = /^(\+?[0-9]+|INF)$/;
const DECIMALS_RE = /^([+-]?[0-9]+|INF)$/;

/**
 * Precision and decimals (sections 4.6.3, 4.6.4, 4.6.5): a numeric item that is not nil has exactly one of them;
 * a non-numeric item, a fraction item and a nil item have neither; their values are lexically valid.
 */
export const decimalsPrecision: Rule = {
  code: 'xbrl.4.6.3:decimalsPrecision',
  spec: 'XBRL 2.1 sections 4.6.3, 4.6.4, 4.6.5',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const f of ctx.instance?.facts ?? []) {
      const c = itemConcept(ctx, f);
      if (!c) continue;
      const has = f.decimals !== undefined || f.precision !== undefined;
      const name = ctx.label(f.concept);
      if (f.precision !== undefined && !PRECISION_RE.test(f.precision)) {
        ctx.report({
          code: 'xbrl.4.6.4:precision',
          params: { concept: name, value: f.precision },
          loc: loc(f),
        });
      }
      if (f.decimals !== undefined && !DECIMALS_RE.test(f.decimals)) {
        ctx.report({
          code: 'xbrl.4.6.5:decimals',
          params: { concept: name, value: f.decimals },
          loc: loc(f),
        });
      }
      if (f.nil) {
        if (has) {
          ctx.report({
            code: 'xbrl.4.6.3:nilPrecisionDecimals',
            params: { concept: name, attribute: f.decimals !== undefined ? 'decimals' : 'precision' },
            loc: loc(f),
          });
        }
      } else if (!c.numeric) {
        if (has) {
          ctx.report({
            code: 'xbrl.4.6.3:nonNumericPrecisionDecimals',
            params: {
              concept: name,
              attribute: f.decimals !== undefined ? 'decimals' : 'precision',
              qnames: [f.concept],
            },
            loc: loc(f),
          });
        }
      } else if (c.fraction) {
        if (has) {
          ctx.report({
            code: 'xbrl.4.6.3:fractionPrecisionDecimals',
            params: { concept: name, attribute: f.decimals !== undefined ? 'decimals' : 'precision' },
            loc: loc(f),
          });
        }
      } else if (f.decimals !== undefined && f.precision !== undefined) {
        ctx.report({
          params: { concept: name, both: true },
          loc: loc(f),
        });
      } else if (!has) {
        ctx.report({ params: { concept: name }, loc: loc(f) });
      }
    }
  },
};

/**
 * Nil items and tuples (XML Schema structures 3.3.4 clause 3.2, XBRL 2.1 section 4.6.3): xsi:nil="true" is only allowed
 * when the concept is nillable, and a nil fact has no content.
 */
export const nilFacts: Rule = {
  code: 'xmlSchema:nillable',
  spec: 'XML Schema Part 1 section 3.3.4 (validation rule Element Locally Valid (Element) clause 3.2); XBRL 2.1 section 4.6.3',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    for (const f of inst.facts) {
      const c = conceptOf(ctx, f);
      const nilAttr = attr(f.element, 'nil', XSI_NS);
      if (nilAttr !== undefined && !/^\s*(true|false|1|0)\s*$/.test(nilAttr)) {
        ctx.report({
          code: 'xmlSchema:valueError',
          params: { kind: 'nil', concept: ctx.label(f.concept), value: nilAttr },
          loc: loc(f),
        });
      }
      if (!c || !f.nil) continue;
      if (!c.nillable) {
        ctx.report({
          params: { concept: ctx.label(f.concept) },
          loc: loc(f),
        });
      }
      if (f.element.children.length > 0 || f.element.text.trim() !== '') {
        ctx.report({
          code: 'xmlSchema:nilElementHasContent', // Arelle's code; the former name under related (docs/codes.md)
          related: ['xmlSchema:nilContent'],
          params: { concept: ctx.label(f.concept) },
          loc: loc(f),
        });
      }
    }
  },
};
