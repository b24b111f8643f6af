/** Duplicate facts of the target instances (NL-KVK.3.2.4.1, 3.2.4.2): same concept, c-equal context, u-equal unit, same language. */
import { contextKey, unitKey } from '../../../instance/equality.js';
import type { Fact } from '../../../instance/types.js';
import { XML_NS } from '../../../xml/parse.js';
import type { InlineContext } from '../types.js';

export function duplicateGroups(ctx: InlineContext, numeric: boolean): Fact[][] {
  const out: Fact[][] = [];
  for (const { instance } of ctx.targets) {
    const groups = new Map<string, Fact[]>();
    for (const f of instance.facts) {
      if (f.isTuple || f.nil) continue;
      const isNum = f.unitRef !== undefined;
      if (isNum !== numeric) continue;
      const c = f.contextRef !== undefined ? instance.contexts.get(f.contextRef) : undefined;
      const u = f.unitRef !== undefined ? instance.units.get(f.unitRef) : undefined;
      const k = `${f.concept}\u0000${c ? contextKey(c, instance.declarations) : f.contextRef}\u0000${u ? unitKey(u) : ''}\u0000${numeric ? '' : (f.element.attrs.get(`{${XML_NS}}lang`) ?? '')}`;
      const g = groups.get(k);
      if (g) g.push(f);
      else groups.set(k, [f]);
    }
    for (const g of groups.values()) if (g.length > 1) out.push(g);
  }
  return out;
}

/** The Inline XBRL element of a fact of a target instance (by its id), for the finding's place. */
export function factLocation(ctx: InlineContext, f: Fact): { file: string; line: number; column: number } {
  if (f.id)
    for (const d of ctx.documents) {
      const el = d.doc.ids.get(f.id);
      if (el) return { file: d.url, line: el.line, column: el.column };
    }
  return { file: ctx.documents[0]?.url ?? ctx.location, line: 0, column: 0 };
}
