/**
 * sbr:enumerationDomainEmpty (warning; this processor's own): an enumeration concept whose declaration is correct but
 * whose domain of allowed values (Extensible Enumerations 1.0 section 2, 2.0 section 4) is empty, because there is no
 * usable domain-member relationship from the domain head in the given linkrole and the head is not usable. No fact of
 * the concept can then be valid; usually the linkrole is misspelt or the domain-member linkbase is not in the DTS.
 */
import type { Rule } from '../types.js';
import { declarationBroken, enumerationConcepts, SPEC_NAME, type Version } from './common.js';

function emptyDomain(version: Version): Rule {
  return {
    code: 'sbr:enumerationDomainEmpty',
    spec: `${SPEC_NAME[version]} section ${version === 1 ? '2' : '4'}`,
    severity: 'warning',
    scope: 'taxonomy',
    check(ctx) {
      for (const [k, c] of enumerationConcepts(ctx.taxonomy, version)) {
        if (c.members.length || declarationBroken(ctx.taxonomy, c)) continue;
        ctx.report({
          params: {
            concept: ctx.label(k),
            domain: ctx.label(c.domain!),
            linkrole: c.linkrole ?? '',
            headUsable: c.headUsable,
          },
          loc: ctx.taxonomy.concepts[k]!,
        });
      }
    },
  };
}

export const enumEmptyDomain = emptyDomain(1);
export const enum2EmptyDomain = emptyDomain(2);
