import type { InlineRule } from '../types.js';
import { domainMembers } from './line-items.js';
import { extensionConcepts, SPEC_KVK } from './util.js';

/** NL-KVK.4.2.2.2 (NL-GAAP/IFRS): extension domain members MUST have the DTR type domainItemType. */
export const kvk4222: InlineRule = {
  code: 'NL.NL-KVK.4.2.2.2.domainMemberWrongDataType',
  spec: `${SPEC_KVK}, NL-KVK.4.2.2.2`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension member ${p.name} has the type ${p.type}; domain members must be dtr-types:domainItemType`,
    nl: (p) => `Het extensielid ${p.name} heeft het type ${p.type}; domeinleden moeten dtr-types:domainItemType zijn`,
  },
  check(ctx) {
    const members = domainMembers(ctx);
    for (const c of extensionConcepts(ctx)) {
      if (members.has(c.key) && !(c.type ?? '').endsWith('}domainItemType'))
        ctx.report({ name: c.name, type: (c.type ?? '').replace(/^\{[^}]*\}/, '') }, c);
    }
  },
};
