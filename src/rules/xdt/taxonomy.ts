/**
 * XBRL Dimensions 1.0 taxonomy rules (`xbrldte:` codes, section 2): constraints on single declarations and single
 * relationships, read from the compiled taxonomy. Errors that need the DRS walk (TooManyDefaultMembersError,
 * DRSDirectedCycleError, PrimaryItemPolymorphismError) are reported by `compileDimensions`.
 */
import {
  ARCROLE,
  ATTR_CONTEXT_ELEMENT,
  ATTR_TARGET_ROLE,
  ATTR_TYPED_DOMAIN_REF,
  XdtRelationshipIndex,
  isDimension,
  isDomainMember,
  isHypercube,
  isPrimaryItem,
  isTypedDimension,
  type RoleRel,
} from '../../compile/dimensions.js';
import type { CompiledTaxonomy } from '../../compile/types.js';
import type { MessageParams } from '../../findings.js';
import type { Rule, RuleContext } from '../types.js';

const SPEC = 'XBRL Dimensions 1.0 section';
/** The standard role needs no roleType (XBRL 2.1 section 5.1.3). */
const STANDARD_LINK_ROLE = 'http://www.xbrl.org/2003/role/link';

const indexCache = new WeakMap<object, XdtRelationshipIndex>();
function relIndex(tax: CompiledTaxonomy): XdtRelationshipIndex {
  let i = indexCache.get(tax);
  if (!i) indexCache.set(tax, (i = new XdtRelationshipIndex(tax)));
  return i;
}

function kindOf(tax: CompiledTaxonomy, key: string): string {
  const c = tax.concepts[key];
  if (!c) return 'undeclared';
  if (isHypercube(tax.concepts, key)) return 'hypercube';
  if (isDimension(tax.concepts, key))
    return isTypedDimension(tax.concepts, key) ? 'typedDimension' : 'explicitDimension';
  if (c.kind === 'tuple') return 'tuple';
  if (c.kind === 'item') return 'primaryItem';
  return 'notItem';
}

/**
 * One rule per relationship end: `ok(key)` tells whether the source (or target) is of the required kind (`required`, a
 * kind named in the messages of src/messages/en-xbrl.ts: hypercube, dimension, primaryItem, explicitDimension,
 * domainMember, domainMemberOrPrimaryItem).
 */
function endRule(
  code: string,
  section: string,
  arcroles: string[],
  end: 'from' | 'to',
  ok: (tax: CompiledTaxonomy, key: string) => boolean,
  required: string,
): Rule {
  return {
    code,
    spec: `${SPEC} ${section}`,
    severity: 'error',
    scope: 'taxonomy',
    check(ctx: RuleContext) {
      const tax = ctx.taxonomy;
      const idx = relIndex(tax);
      for (const arcrole of arcroles) {
        for (const r of idx.all(arcrole)) {
          const key = r.rel[end];
          if (ok(tax, key)) continue;
          ctx.report({
            code,
            params: {
              arcrole: arcrole.slice(arcrole.lastIndexOf('/') + 1),
              from: ctx.label(r.rel.from),
              to: ctx.label(r.rel.to),
              elr: r.role,
              end,
              concept: ctx.label(key),
              kind: kindOf(tax, key),
              required,
            },
            loc: r.rel,
          });
        }
      }
    },
  };
}

export const hypercubeDimensionSource = endRule(
  'xbrldte:HypercubeDimensionSourceError',
  '2.2.2.1',
  [ARCROLE.hypercubeDimension],
  'from',
  (t, k) => isHypercube(t.concepts, k),
  'hypercube',
);
export const hypercubeDimensionTarget = endRule(
  'xbrldte:HypercubeDimensionTargetError',
  '2.2.2.1',
  [ARCROLE.hypercubeDimension],
  'to',
  (t, k) => isDimension(t.concepts, k),
  'dimension',
);
export const hasHypercubeSource = endRule(
  'xbrldte:HasHypercubeSourceError',
  '2.3.1.1',
  [ARCROLE.all, ARCROLE.notAll],
  'from',
  (t, k) => isPrimaryItem(t.concepts, k),
  'primaryItem',
);
export const hasHypercubeTarget = endRule(
  'xbrldte:HasHypercubeTargetError',
  '2.3.1.1',
  [ARCROLE.all, ARCROLE.notAll],
  'to',
  (t, k) => isHypercube(t.concepts, k),
  'hypercube',
);
export const dimensionDomainSource = endRule(
  'xbrldte:DimensionDomainSourceError',
  '2.5.3.1.1',
  [ARCROLE.dimensionDomain],
  'from',
  (t, k) => isDimension(t.concepts, k) && !isTypedDimension(t.concepts, k),
  'explicitDimension',
);
export const dimensionDomainTarget = endRule(
  'xbrldte:DimensionDomainTargetError',
  '2.5.3.1.1',
  [ARCROLE.dimensionDomain],
  'to',
  (t, k) => isDomainMember(t.concepts, k),
  'domainMember',
);
export const domainMemberSource = endRule(
  'xbrldte:DomainMemberSourceError',
  '2.5.3.2.1',
  [ARCROLE.domainMember],
  'from',
  (t, k) => isDomainMember(t.concepts, k),
  'domainMemberOrPrimaryItem',
);
export const domainMemberTarget = endRule(
  'xbrldte:DomainMemberTargetError',
  '2.5.3.2.1',
  [ARCROLE.domainMember],
  'to',
  (t, k) => isDomainMember(t.concepts, k),
  'domainMemberOrPrimaryItem',
);
export const dimensionDefaultSource = endRule(
  'xbrldte:DimensionDefaultSourceError',
  '2.7.1.1',
  [ARCROLE.dimensionDefault],
  'from',
  (t, k) => isDimension(t.concepts, k) && !isTypedDimension(t.concepts, k),
  'explicitDimension',
);
export const dimensionDefaultTarget = endRule(
  'xbrldte:DimensionDefaultTargetError',
  '2.7.1.1',
  [ARCROLE.dimensionDefault],
  'to',
  (t, k) => isDomainMember(t.concepts, k),
  'domainMember',
);

export const hasHypercubeMissingContextElement: Rule = {
  code: 'xbrldte:HasHypercubeMissingContextElementAttributeError',
  spec: `${SPEC} 2.3.1.1`,
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    const idx = relIndex(ctx.taxonomy);
    for (const arcrole of [ARCROLE.all, ARCROLE.notAll]) {
      for (const r of idx.all(arcrole)) {
        // an attribute with a value other than segment/scenario is schema-invalid (xdtArcAttributeValues), not missing
        if (r.rel.attributes[ATTR_CONTEXT_ELEMENT] !== undefined) continue;
        ctx.report({
          code: 'xbrldte:HasHypercubeMissingContextElementAttributeError',
          params: { from: ctx.label(r.rel.from), to: ctx.label(r.rel.to), elr: r.role },
          loc: r.rel,
        });
      }
    }
  },
};

export const targetRoleNotResolved: Rule = {
  code: 'xbrldte:TargetRoleNotResolvedError',
  spec: `${SPEC} 2.4.3`,
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    const tax = ctx.taxonomy;
    const idx = relIndex(tax);
    for (const arcrole of [
      ARCROLE.all,
      ARCROLE.notAll,
      ARCROLE.hypercubeDimension,
      ARCROLE.dimensionDomain,
      ARCROLE.domainMember,
    ]) {
      for (const r of idx.all(arcrole) as RoleRel[]) {
        const tr = r.rel.attributes[ATTR_TARGET_ROLE];
        if (tr === undefined) continue;
        const role = tr.trim();
        if (role === STANDARD_LINK_ROLE || tax.roleTypes[role] || !isAnyURI(role)) continue;
        ctx.report({
          code: 'xbrldte:TargetRoleNotResolvedError',
          params: { role, from: ctx.label(r.rel.from), to: ctx.label(r.rel.to), elr: r.role },
          loc: r.rel,
        });
      }
    }
  },
};

/** Lexical check of xs:anyURI as far as it matters here: no spaces or backslashes, at most one fragment delimiter. */
function isAnyURI(v: string): boolean {
  return !/[\s\\]/.test(v) && v.indexOf('#') === v.lastIndexOf('#');
}

const BOOLEAN = /^(true|false|1|0)$/;
/** Types of the xbrldt arc attributes in xbrldt-2005.xsd. */
const ARC_ATTRIBUTE_TYPES: Record<string, { type: string; ok: (v: string) => boolean }> = {
  closed: { type: 'xs:boolean', ok: (v) => BOOLEAN.test(v) },
  usable: { type: 'xs:boolean', ok: (v) => BOOLEAN.test(v) },
  summable: { type: 'xs:boolean', ok: (v) => BOOLEAN.test(v) },
  contextElement: { type: 'segment | scenario', ok: (v) => v === 'segment' || v === 'scenario' },
  targetRole: { type: 'xs:anyURI', ok: isAnyURI },
};

/**
 * Schema validity of the xbrldt attributes on XDT arcs (xbrldt-2005.xsd; conformance suite 000-Schema-invalid):
 * the compiled relationships keep them as strings, so their lexical form is checked here.
 */
export const xdtArcAttributeValues: Rule = {
  code: 'xmlSchema:valueError',
  spec: 'XBRL Dimensions 1.0 xbrldt-2005.xsd; XML Schema Part 2',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    const idx = relIndex(ctx.taxonomy);
    for (const arcrole of Object.values(ARCROLE)) {
      for (const r of idx.all(arcrole)) {
        for (const [local, t] of Object.entries(ARC_ATTRIBUTE_TYPES)) {
          const raw = r.rel.attributes[`{http://xbrl.org/2005/xbrldt}${local}`];
          if (raw === undefined || t.ok(raw.trim())) continue;
          ctx.report({
            code: 'xmlSchema:valueError',
            params: {
              kind: 'xdtArcAttribute',
              attribute: `xbrldt:${local}`,
              value: raw,
              from: ctx.label(r.rel.from),
              to: ctx.label(r.rel.to),
              elr: r.role,
              type: t.type,
            },
            loc: r.rel,
          });
        }
      }
    }
  },
};

/** A rule that every hypercube (or dimension) declaration is abstract: the two checks differ only in what they test. */
function abstractDeclaration(
  code: string,
  section: string,
  is: (concepts: CompiledTaxonomy['concepts'], key: string) => boolean,
): Rule {
  return {
    code,
    spec: `${SPEC} ${section}`,
    severity: 'error',
    scope: 'taxonomy',
    check(ctx) {
      const concepts = ctx.taxonomy.concepts;
      for (const key of Object.keys(concepts)) {
        const c = concepts[key]!;
        if (is(concepts, key) && !c.abstract) {
          ctx.report({
            code,
            params: { concept: ctx.label(key) },
            loc: c,
          });
        }
      }
    },
  };
}

export const hypercubeNotAbstract = abstractDeclaration(
  'xbrldte:HypercubeElementIsNotAbstractError',
  '2.2.1',
  isHypercube,
);
export const dimensionNotAbstract = abstractDeclaration(
  'xbrldte:DimensionElementIsNotAbstractError',
  '2.5.1',
  isDimension,
);

function stripFragment(url: string): string {
  const i = url.indexOf('#');
  return i >= 0 ? url.slice(0, i) : url;
}

/**
 * xbrldt:typedDomainRef (2.5.2.1.1): only on dimensions (TypedDomainRefError); a URI with a fragment
 * (TypedDimensionURIError); into a schema of the DTS (OutOfDTSSchemaError); locating a global, non-abstract element
 * declaration (TypedDimensionError). One rule object per code, sharing this classification.
 */
type TypedRefProblem = { code: string; params: MessageParams };

function typedRefProblem(
  tax: CompiledTaxonomy,
  key: string,
  label: (k: string) => string,
): TypedRefProblem | undefined {
  const c = tax.concepts[key]!;
  const raw = c.typedDomainRef?.href ?? c.otherAttributes?.[ATTR_TYPED_DOMAIN_REF];
  if (raw === undefined) return undefined;
  if (!isDimension(tax.concepts, key)) {
    return {
      code: 'xbrldte:TypedDomainRefError',
      params: { concept: label(key) },
    };
  }
  const href = raw.trim();
  const hash = href.indexOf('#');
  if (hash < 0 || hash === href.length - 1) {
    return {
      code: 'xbrldte:TypedDimensionURIError',
      params: { concept: label(key), href },
    };
  }
  const ref = c.typedDomainRef;
  if (ref?.target) {
    const t = tax.concepts[ref.target];
    if (t && t.abstract) {
      return {
        code: 'xbrldte:TypedDimensionError',
        params: { concept: label(key), href, abstract: label(ref.target) },
      };
    }
    return undefined;
  }
  const doc = ref ? stripFragment(ref.url) : '';
  if (!doc || !tax.documents.some((d) => d.url === doc)) {
    return {
      code: 'xbrldte:OutOfDTSSchemaError',
      params: { concept: label(key), href },
    };
  }
  return {
    code: 'xbrldte:TypedDimensionError',
    params: { concept: label(key), href },
  };
}

function typedRefRule(code: string): Rule {
  return {
    code,
    spec: `${SPEC} 2.5.2.1.1`,
    severity: 'error',
    scope: 'taxonomy',
    check(ctx) {
      const tax = ctx.taxonomy;
      for (const key of Object.keys(tax.concepts)) {
        const p = typedRefProblem(tax, key, (k) => ctx.label(k));
        if (p && p.code === code) ctx.report({ code, params: p.params, loc: tax.concepts[key] });
      }
    },
  };
}

export const typedDomainRef = typedRefRule('xbrldte:TypedDomainRefError');
export const typedDimensionURI = typedRefRule('xbrldte:TypedDimensionURIError');
export const outOfDTSSchema = typedRefRule('xbrldte:OutOfDTSSchemaError');
export const typedDimension = typedRefRule('xbrldte:TypedDimensionError');

export const xdtTaxonomyRuleList: Rule[] = [
  hypercubeNotAbstract,
  hypercubeDimensionSource,
  hypercubeDimensionTarget,
  hasHypercubeSource,
  hasHypercubeTarget,
  hasHypercubeMissingContextElement,
  targetRoleNotResolved,
  dimensionNotAbstract,
  typedDomainRef,
  typedDimension,
  typedDimensionURI,
  outOfDTSSchema,
  dimensionDomainSource,
  dimensionDomainTarget,
  domainMemberSource,
  domainMemberTarget,
  dimensionDefaultSource,
  dimensionDefaultTarget,
  xdtArcAttributeValues,
];
