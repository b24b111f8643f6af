/**
 * XBRL Dimensions 1.0 instance rules (`xbrldie:` codes, section 3): dimension values in contexts, and the
 * dimensional validity of item facts. All read the compiled `DimensionalModel`; none walks relationships.
 */
import { isDimension, isTypedDimension } from '../../compile/dimensions.js';
import type { MessageParam, MessageParams } from '../../findings.js';
import type { Context, DimensionMember } from '../../instance/types.js';
import type { XdtFailureParam } from '../../messages/en.js';
import type { Rule, RuleContext } from '../types.js';
import { dimensionalModel } from './model.js';
import { DimensionalValidator, type Failure, type Verdict } from './validity.js';

const SPEC = 'XBRL Dimensions 1.0 section';

function* contexts(ctx: RuleContext): Generator<Context> {
  if (!ctx.instance) return;
  for (const c of ctx.instance.contexts.values()) yield c;
}

function where(d: DimensionMember): string {
  return d.container;
}

export const typedMemberNotTypedDimension: Rule = {
  code: 'xbrldie:TypedMemberNotTypedDimensionError',
  spec: `${SPEC} 3.1.4.4.2`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const concepts = ctx.taxonomy.concepts;
    for (const c of contexts(ctx)) {
      for (const d of c.dimensions) {
        if (!d.typed) continue;
        if (!isTypedDimension(concepts, d.dimension)) {
          const what = !concepts[d.dimension]
            ? 'undeclared'
            : isDimension(concepts, d.dimension)
              ? 'explicit'
              : 'notDimension';
          ctx.report({
            code: 'xbrldie:TypedMemberNotTypedDimensionError',
            params: { context: c.id, container: where(d), dimension: ctx.label(d.dimension), what },
            loc: d,
          });
        }
      }
    }
  },
};

export const explicitMemberNotExplicitDimension: Rule = {
  code: 'xbrldie:ExplicitMemberNotExplicitDimensionError',
  spec: `${SPEC} 3.1.4.5.2`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const concepts = ctx.taxonomy.concepts;
    for (const c of contexts(ctx)) {
      for (const d of c.dimensions) {
        if (d.typed) continue;
        if (!isDimension(concepts, d.dimension) || isTypedDimension(concepts, d.dimension)) {
          const what = !concepts[d.dimension]
            ? 'undeclared'
            : isDimension(concepts, d.dimension)
              ? 'typed'
              : 'notDimension';
          ctx.report({
            code: 'xbrldie:ExplicitMemberNotExplicitDimensionError',
            params: { context: c.id, container: where(d), dimension: ctx.label(d.dimension), what },
            loc: d,
          });
        }
      }
    }
  },
};

export const explicitMemberUndefinedQName: Rule = {
  code: 'xbrldie:ExplicitMemberUndefinedQNameError',
  spec: `${SPEC} 3.1.4.5.3`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const concepts = ctx.taxonomy.concepts;
    for (const c of contexts(ctx)) {
      for (const d of c.dimensions) {
        if (d.typed) continue;
        if (d.member === undefined || !concepts[d.member]) {
          ctx.report({
            code: 'xbrldie:ExplicitMemberUndefinedQNameError',
            params: {
              context: c.id,
              dimension: ctx.label(d.dimension),
              ...(d.member !== undefined ? { member: ctx.label(d.member) } : { lexical: d.element.text.trim() }),
            },
            loc: d,
          });
        }
      }
    }
  },
};

export const defaultValueUsedInInstance: Rule = {
  code: 'xbrldie:DefaultValueUsedInInstanceError',
  spec: `${SPEC} 2.7, 3.1.4.5`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    if (!ctx.instance) return;
    const defaults = dimensionalModel(ctx.taxonomy).defaults;
    for (const c of contexts(ctx)) {
      for (const d of c.dimensions) {
        if (d.typed || d.member === undefined) continue;
        if (defaults[d.dimension] === d.member) {
          ctx.report({
            code: 'xbrldie:DefaultValueUsedInInstanceError',
            params: {
              context: c.id,
              member: ctx.label(d.member),
              dimension: ctx.label(d.dimension),
              container: where(d),
            },
            loc: d,
          });
        }
      }
    }
  },
};

export const repeatedDimensionInInstance: Rule = {
  code: 'xbrldie:RepeatedDimensionInInstanceError',
  spec: `${SPEC} 3.1.4.2`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const c of contexts(ctx)) {
      const seen = new Map<string, DimensionMember>();
      for (const d of c.dimensions) {
        const first = seen.get(d.dimension);
        if (!first) {
          seen.set(d.dimension, d);
          continue;
        }
        ctx.report({
          code: 'xbrldie:RepeatedDimensionInInstanceError',
          params: {
            context: c.id,
            dimension: ctx.label(d.dimension),
            first: first.container,
            line: first.line,
            container: d.container,
          },
          loc: d,
        });
      }
    }
  },
};

export const illegalTypedDimensionContent: Rule = {
  code: 'xbrldie:IllegalTypedDimensionContentError',
  spec: `${SPEC} 3.1.4.4.3`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const concepts = ctx.taxonomy.concepts;
    for (const c of contexts(ctx)) {
      for (const d of c.dimensions) {
        if (!d.typed || !isTypedDimension(concepts, d.dimension)) continue;
        const target = concepts[d.dimension]!.typedDomainRef?.target;
        const kids = d.typed.children;
        let problem: MessageParams | undefined;
        if (kids.length === 0) problem = { problem: 'empty' };
        else if (kids.length > 1) problem = { problem: 'many', count: kids.length };
        else if (d.typed.text.trim() !== '') problem = { problem: 'text' };
        else if (!target) problem = { problem: 'unresolved' };
        else {
          const k = kids[0]!;
          const key = k.ns ? `{${k.ns}}${k.local}` : k.local;
          if (key !== target)
            problem = {
              problem: 'element',
              element: `${k.prefix ? `${k.prefix}:` : ''}${k.local}`,
              domain: ctx.label(target),
            };
        }
        if (problem) {
          ctx.report({
            code: 'xbrldie:IllegalTypedDimensionContentError',
            params: { context: c.id, dimension: ctx.label(d.dimension), container: where(d), ...problem },
            loc: d,
          });
        }
      }
    }
  },
};

/** The failure of a DRS as message parameters (src/messages/en.ts XdtFailureParam), labels in the language of `--lang`. */
function failureParam(ctx: RuleContext, f: Failure, v: DimensionalValidator): XdtFailureParam {
  const h = v.model.hasHypercubes[f.hasHypercube]!;
  const base = {
    kind: f.kind,
    closed: h.closed,
    arcrole: h.arcrole,
    hypercube: ctx.label(h.hypercube),
    contextElement: h.contextElement,
    elr: h.elr,
  };
  switch (f.kind) {
    case 'missing':
    case 'closedExtra':
      return { ...base, dimension: ctx.label(f.dimension) };
    case 'notMember':
      return {
        ...base,
        dimension: ctx.label(f.dimension),
        ...(f.member === undefined ? {} : { member: ctx.label(f.member), defaulted: !!f.defaulted }),
      };
    default:
      return base;
  }
}

export const primaryItemDimensionallyInvalid: Rule = {
  code: 'xbrldie:PrimaryItemDimensionallyInvalidError',
  spec: `${SPEC} 3.1 (2.3.1.2, 2.3.1.3)`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const model = dimensionalModel(ctx.taxonomy);
    if (model.hasHypercubes.length === 0) return;
    const v = new DimensionalValidator(model);
    const concepts = ctx.taxonomy.concepts;
    // per concept key: does it need checking (an item with hypercubes)? One Map look-up per fact instead of object
    // property look-ups with the loader's fresh (not internalized) key strings.
    const wanted = new Map<string, boolean>();
    // verdicts are cached by the validator (shared by contexts of equal dimensional content); explanations per verdict
    const explanations = new Map<Verdict, XdtFailureParam>();
    for (const fact of inst.facts) {
      if (fact.isTuple || !fact.contextRef) continue;
      let want = wanted.get(fact.concept);
      if (want === undefined) {
        want = v.hasHypercubes(fact.concept) && concepts[fact.concept]?.kind === 'item';
        wanted.set(fact.concept, want);
      }
      if (!want) continue;
      const c = inst.contexts.get(fact.contextRef);
      if (!c) continue;
      const verdict = v.check(fact.concept, c);
      if (verdict.valid) continue;
      let failure = explanations.get(verdict);
      if (failure === undefined) {
        failure = failureParam(ctx, verdict.failure, v);
        explanations.set(verdict, failure);
      }
      ctx.report({
        code: 'xbrldie:PrimaryItemDimensionallyInvalidError',
        params: {
          concept: ctx.label(fact.concept),
          context: c.id,
          drsCount: verdict.drsCount,
          failure: failure as unknown as MessageParam,
        },
        loc: fact,
      });
    }
  },
};

export const xdtInstanceRuleList: Rule[] = [
  repeatedDimensionInInstance,
  typedMemberNotTypedDimension,
  explicitMemberNotExplicitDimension,
  explicitMemberUndefinedQName,
  defaultValueUsedInInstance,
  illegalTypedDimensionContent,
  primaryItemDimensionallyInvalid,
];
