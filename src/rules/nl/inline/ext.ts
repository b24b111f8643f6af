/** Reading the extension taxonomy's raw documents (linkbase kinds, arcs with their attributes, label resources). */
import { ARCROLE, XBRLDT_NS } from '../../../compile/dimensions.js';
import { descendants, type XmlElement } from '../../../xml/parse.js';
import type { ExtensionDocument, InlineContext } from '../types.js';
import { LINK } from './util.js';

export const XLINK = 'http://www.w3.org/1999/xlink';
export const XBRLDT = XBRLDT_NS;
/** The xbrldt:closed attribute of all/notAll arcs (XBRL Dimensions 1.0 section 2.3.1). */
export const XBRLDT_CLOSED = `{${XBRLDT_NS}}closed`;
/** The XDT arcroles (the compile layer's constants) and the calculation and presentation arcroles the NL-KVK rules read. */
export const ARC = {
  ...ARCROLE,
  summation2003: 'http://www.xbrl.org/2003/arcrole/summation-item',
  summation2023: 'https://xbrl.org/2023/arcrole/summation-item',
  parentChild: 'http://www.xbrl.org/2003/arcrole/parent-child',
};

/** Extended link local names of a linkbase document (`presentationLink`, `calculationLink`, ...). */
export function linkKinds(e: ExtensionDocument): Set<string> {
  const s = new Set<string>();
  if (e.doc.root.ns !== LINK || e.doc.root.local !== 'linkbase') return s;
  for (const c of e.doc.root.children) if (c.attrs.get(`{${XLINK}}type`) === 'extended') s.add(c.local);
  return s;
}

export function linkbases(ctx: InlineContext): ExtensionDocument[] {
  return ctx.extension.filter((e) => e.doc.root.ns === LINK && e.doc.root.local === 'linkbase');
}

export function schemas(ctx: InlineContext): ExtensionDocument[] {
  return ctx.extension.filter((e) => e.doc.root.local === 'schema');
}

/** Arcs of the extension linkbases with their extended link's role. */
export function rawArcs(ctx: InlineContext, arcrole?: string): { arc: XmlElement; role: string; arcrole: string }[] {
  const out: { arc: XmlElement; role: string; arcrole: string }[] = [];
  for (const e of linkbases(ctx))
    for (const link of e.doc.root.children) {
      if (link.attrs.get(`{${XLINK}}type`) !== 'extended') continue;
      const role = link.attrs.get(`{${XLINK}}role`) ?? '';
      for (const a of link.children) {
        if (a.attrs.get(`{${XLINK}}type`) !== 'arc') continue;
        const ar = a.attrs.get(`{${XLINK}}arcrole`) ?? '';
        if (!arcrole || ar === arcrole) out.push({ arc: a, role, arcrole: ar });
      }
    }
  return out;
}

/** Resources of a kind (`label`, `reference`) in the extension linkbases with the concept hrefs that point at them. */
export function rawResources(
  ctx: InlineContext,
  local: string,
): { res: XmlElement; role: string; lang: string; hrefs: string[] }[] {
  const out: { res: XmlElement; role: string; lang: string; hrefs: string[] }[] = [];
  for (const e of linkbases(ctx))
    for (const link of e.doc.root.children) {
      if (link.attrs.get(`{${XLINK}}type`) !== 'extended') continue;
      const locs = new Map<string, string[]>();
      const arcs: [string, string][] = [];
      for (const c of link.children) {
        const t = c.attrs.get(`{${XLINK}}type`);
        const label = c.attrs.get(`{${XLINK}}label`) ?? '';
        if (t === 'locator') locs.set(label, [...(locs.get(label) ?? []), c.attrs.get(`{${XLINK}}href`) ?? '']);
        else if (t === 'arc') arcs.push([c.attrs.get(`{${XLINK}}from`) ?? '', c.attrs.get(`{${XLINK}}to`) ?? '']);
      }
      for (const c of link.children) {
        if (c.local !== local || c.attrs.get(`{${XLINK}}type`) !== 'resource') continue;
        const label = c.attrs.get(`{${XLINK}}label`) ?? '';
        const hrefs = arcs.filter(([, to]) => to === label).flatMap(([from]) => locs.get(from) ?? []);
        out.push({
          res: c,
          role: c.attrs.get(`{${XLINK}}role`) ?? 'http://www.xbrl.org/2003/role/label',
          lang: c.attrs.get('{http://www.w3.org/XML/1998/namespace}lang') ?? '',
          hrefs,
        });
      }
    }
  return out;
}

/** Label roles of XBRL 2.1 (section 5.2.2.2.2) and the 2009 negated/net roles of the LRR. */
export function standardLabelRole(role: string): boolean {
  return role.startsWith('http://www.xbrl.org/2003/role/') || role.startsWith('http://www.xbrl.org/2009/role/');
}

/** Whether an href (`file.xsd#id`) points into an extension schema of the package. */
export function hrefIsExtension(ctx: InlineContext, href: string): boolean {
  const file = href.split('#')[0]!.split('/').pop() ?? '';
  return schemas(ctx).some((s) => s.fileName === file);
}

export { descendants };
