/** The `-ix-hidden` style references (NL-KVK.3.4.1.4, 3.4.1.5): ids named by `-ix-hidden: id` in style attributes. */
import type { IxElement } from '../../../ixbrl/xhtml.js';
import type { InlineContext } from '../types.js';
import { allElements, styleOf } from './util.js';

export function ixHiddenReferences(ctx: InlineContext): { id: string; el: IxElement }[] {
  const out: { id: string; el: IxElement }[] = [];
  for (const d of ctx.documents)
    for (const el of allElements(d)) {
      const v = styleOf(el).get('-ix-hidden');
      if (v) out.push({ id: v.trim(), el });
    }
  return out;
}
