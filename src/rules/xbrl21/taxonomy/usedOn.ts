/**
 * Where custom roles and arcroles may be used (XBRL 2.1 sections 5.1.3.4 and 5.1.4.5): a custom role on a standard
 * extended link or standard resource (label, reference, footnote) must be declared by a roleType whose usedOn
 * lists that element; a custom arcrole on a standard arc by an arcroleType whose usedOn lists that arc.
 * Roles and arcroles on custom (non-standard) link, arc and resource elements are not checked (conformance
 * 205 V-5, 220 V-05). An undeclared role is left to DTS discovery (section 3.5.2.4, roleRef), not reported here.
 *
 * Standard resource roles (sections 5.2.2.2.2 label roles, 5.2.3.2.1 reference roles, 4.11.1.2 footnote role):
 * a role in the XBRL 2003 role namespace that is not one of the standard roles for that resource is an error.
 *
 * Seen from the compiled taxonomy: an extended link appears through its base sets, so a link without
 * relationships is not checked.
 */
import type { Rule } from '../../types.js';
import {
  FOOTNOTE_ELEMENT,
  FOOTNOTE_ROLE,
  LABEL_ELEMENT,
  REFERENCE_ELEMENT,
  STANDARD_ARCS,
  STANDARD_LABEL_ROLES,
  STANDARD_LINK_ROLE,
  STANDARD_LINKS,
  STANDARD_REFERENCE_ROLES,
  STANDARD_ROLE_PREFIX,
  STANDARD_ARCROLE_CYCLES,
  shortName,
} from './constants.js';

const STANDARD_RESOURCE_ROLES: Record<string, { roles: Set<string>; section: string; code: string }> = {
  [LABEL_ELEMENT]: { roles: STANDARD_LABEL_ROLES, section: '5.2.2.2.2', code: 'labelRole' },
  [REFERENCE_ELEMENT]: { roles: STANDARD_REFERENCE_ROLES, section: '5.2.3.2.1', code: 'referenceRole' },
  [FOOTNOTE_ELEMENT]: { roles: new Set([FOOTNOTE_ROLE]), section: '4.11.1.2', code: 'footnoteRole' },
};

export const roleUsedOn: Rule = {
  code: 'xbrl.5.1.3.4:custRoleUsedOn',
  spec: 'XBRL 2.1 section 5.1.3.4',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    const { roleTypes, networks, resources } = ctx.taxonomy;
    const seen = new Set<string>();
    for (const network of networks) {
      const role = network.role;
      if (role === STANDARD_LINK_ROLE || !STANDARD_LINKS.has(network.link)) continue;
      const key = `${role} ${network.link}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rt = roleTypes[role];
      if (!rt || rt.usedOn.includes(network.link)) continue;
      ctx.report({
        params: { role, link: shortName(network.link), usedOn: rt.usedOn.map(shortName) },
        loc: network.relationships[0] ?? rt,
      });
    }
    for (const res of resources) {
      const std = STANDARD_RESOURCE_ROLES[res.element];
      if (!std || res.role === undefined) continue;
      if (std.roles.has(res.role)) continue;
      if (res.role.startsWith(STANDARD_ROLE_PREFIX)) {
        ctx.report({
          code: `xbrl.${std.section}:${std.code}`,
          params: { resource: shortName(res.element), role: res.role },
          loc: res,
        });
        continue;
      }
      const rt = roleTypes[res.role];
      if (!rt || rt.usedOn.includes(res.element)) continue;
      ctx.report({
        params: { role: res.role, resource: shortName(res.element), usedOn: rt.usedOn.map(shortName) },
        loc: res,
      });
    }
  },
};

export const arcroleUsedOn: Rule = {
  code: 'xbrl.5.1.4.5:custArcroleUsedOn',
  spec: 'XBRL 2.1 section 5.1.4.5',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    const { arcroleTypes, networks } = ctx.taxonomy;
    const seen = new Set<string>();
    for (const network of networks) {
      const arcrole = network.arcrole;
      if (STANDARD_ARCROLE_CYCLES[arcrole] || !STANDARD_ARCS.has(network.arc) || !STANDARD_LINKS.has(network.link))
        continue;
      const key = `${arcrole} ${network.arc}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const at = arcroleTypes[arcrole];
      if (!at || at.usedOn.includes(network.arc)) continue;
      ctx.report({
        params: { arcrole, arc: shortName(network.arc), usedOn: at.usedOn.map(shortName) },
        loc: network.relationships[0] ?? at,
      });
    }
  },
};
