/**
 * Single value enumeration facts: enumie:InvalidFactValue (Extensible Enumerations 1.0 section 3: the value, a QName,
 * must be in the domain of enumeration values) and enum2ie:InvalidEnumerationValue (2.0 section 6.1: the value must be
 * an expanded name URI, `namespace#localName`, identifying a member of the domain of allowed values). Nil facts are not
 * checked; nor are facts of a concept whose declaration is in error (the taxonomy rules report that).
 */
import { clark, resolveQName } from '../../xml/parse.js';
import type { Rule } from '../types.js';
import {
  allowedList,
  enumerationFacts,
  factName,
  fromExpandedNameUri,
  IE,
  isAllowed,
  SPEC_NAME,
  type Version,
} from './common.js';

function invalidValue(version: Version): Rule {
  return {
    code: version === 1 ? `${IE[1]}:InvalidFactValue` : `${IE[2]}:InvalidEnumerationValue`,
    spec: version === 1 ? `${SPEC_NAME[1]} section 3` : `${SPEC_NAME[2]} section 6.1`,
    severity: 'error',
    scope: 'instance',
    check(ctx) {
      for (const [f, c] of enumerationFacts(ctx, version, false)) {
        const v = f.value.trim();
        let key: string | undefined;
        let why: string;
        if (version === 2) {
          key = fromExpandedNameUri(v);
          why =
            key === undefined
              ? 'which is not an expanded name URI (namespace#localName)'
              : 'which is not a member of its domain of allowed values';
        } else {
          const q = resolveQName(f.element, v);
          key = q ? clark(q.ns, q.local) : undefined;
          why =
            key === undefined
              ? 'which is not a QName whose prefix is declared'
              : 'which is not a member of its domain of enumeration values';
        }
        if (key !== undefined && isAllowed(c, key)) continue;
        const has = v === '' ? 'has an empty value, which names no member' : `has the value "${v}", ${why}`;
        ctx.report({ message: `${factName(ctx, f)} ${has}. ${allowedList(ctx, c, f)}`, loc: f });
      }
    },
  };
}

export const enumInvalidFactValue = invalidValue(1);
export const enum2InvalidEnumerationValue = invalidValue(2);
