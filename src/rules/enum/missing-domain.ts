/**
 * enumte:MissingDomainError (Extensible Enumerations 1.0 section 2, constraint 1) and enum2te:MissingDomainError
 * (2.0 section 4, constraint 1): an enumeration concept must have the `@enum:domain` / `@enum2:domain` attribute.
 */
import type { Rule } from '../types.js';
import { enumerationConcepts, PREFIX, SPEC_NAME, TE, type Version } from './common.js';

function missingDomain(version: Version): Rule {
  const p = PREFIX[version];
  return {
    code: `${TE[version]}:MissingDomainError`,
    spec: `${SPEC_NAME[version]} section ${version === 1 ? '2' : '4'}`,
    severity: 'error',
    scope: 'taxonomy',
    check(ctx) {
      for (const [k, c] of enumerationConcepts(ctx.taxonomy, version)) {
        if (c.domainQName !== undefined) continue;
        const decl = ctx.taxonomy.concepts[k]!;
        ctx.report({
          message: `The enumeration concept ${ctx.label(k)} has no @${p}:domain attribute: add ${p}:domain naming the domain head whose usable domain members are its allowed values.`,
          loc: decl,
        });
      }
    },
  };
}

export const enumMissingDomain = missingDomain(1);
export const enum2MissingDomain = missingDomain(2);
