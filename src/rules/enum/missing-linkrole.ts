/**
 * enumte:MissingLinkRoleError (Extensible Enumerations 1.0 section 2, constraint 3) and enum2te:MissingLinkRoleError
 * (2.0 section 4, constraint 3): an enumeration concept must have the `@enum:linkrole` / `@enum2:linkrole` attribute.
 */
import type { Rule } from '../types.js';
import { enumerationConcepts, PREFIX, SPEC_NAME, TE, type Version } from './common.js';

function missingLinkRole(version: Version): Rule {
  const p = PREFIX[version];
  return {
    code: `${TE[version]}:MissingLinkRoleError`,
    spec: `${SPEC_NAME[version]} section ${version === 1 ? '2' : '4'}`,
    severity: 'error',
    scope: 'taxonomy',
    check(ctx) {
      for (const [k, c] of enumerationConcepts(ctx.taxonomy, version)) {
        if (c.linkrole !== undefined) continue;
        ctx.report({
          message: `The enumeration concept ${ctx.label(k)} has no @${p}:linkrole attribute: add ${p}:linkrole naming the extended link role of the domain-member relationships that hold its allowed values.`,
          loc: ctx.taxonomy.concepts[k]!,
        });
      }
    },
  };
}

export const enumMissingLinkRole = missingLinkRole(1);
export const enum2MissingLinkRole = missingLinkRole(2);
