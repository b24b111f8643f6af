/**
 * enumte:InvalidDomainError (Extensible Enumerations 1.0 section 2, constraint 2) and enum2te:InvalidDomainError
 * (2.0 section 4, constraint 2): `@domain` must identify a concept of the taxonomy in the xbrli:item substitution group
 * that is neither a hypercube nor a dimension.
 */
import type { Rule } from '../types.js';
import { domainProblem, enumerationConcepts, PREFIX, SPEC_NAME, TE, type Version } from './common.js';

function invalidDomain(version: Version): Rule {
  const p = PREFIX[version];
  return {
    code: `${TE[version]}:InvalidDomainError`,
    spec: `${SPEC_NAME[version]} section ${version === 1 ? '2' : '4'}`,
    severity: 'error',
    scope: 'taxonomy',
    check(ctx) {
      for (const [k, c] of enumerationConcepts(ctx.taxonomy, version)) {
        if (c.domainQName === undefined) continue; // MissingDomainError
        const why =
          c.domain === undefined
            ? `cannot be resolved (its namespace prefix is not declared on the element declaration)`
            : domainProblem(ctx.taxonomy, c.domain);
        if (!why) continue;
        ctx.report({
          message: `The @${p}:domain of the enumeration concept ${ctx.label(k)}, ${c.domainQName.trim()}, ${why}: it must name an item concept of the taxonomy that is neither a hypercube nor a dimension (the domain head).`,
          loc: ctx.taxonomy.concepts[k]!,
        });
      }
    },
  };
}

export const enumInvalidDomain = invalidDomain(1);
export const enum2InvalidDomain = invalidDomain(2);
