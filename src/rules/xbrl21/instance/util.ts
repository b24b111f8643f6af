/**
 * Small helpers shared by the XBRL 2.1 instance rules (section 4): looking up the concept of a fact, the
 * standard namespaces, and the source location of an instance object.
 */
import type { Concept } from '../../../compile/types.js';
import type { SourceLocation } from '../../../findings.js';
import type { Fact, Instance } from '../../../instance/types.js';
import type { RuleContext } from '../../types.js';

export { XBRLI_NS, LINK_NS, XLINK_NS, XBRLDI_NS, ISO4217_NS } from '../../../instance/load.js';
export const XL_NS = 'http://www.xbrl.org/2003/XLink';
export const XBRLI_ITEM = '{http://www.xbrl.org/2003/instance}item';
export const XBRLI_TUPLE = '{http://www.xbrl.org/2003/instance}tuple';

/** File, line and column of an instance object (context, unit, fact, ...). */
export function loc(x: SourceLocation): SourceLocation {
  return { file: x.file, line: x.line, column: x.column };
}

/** The concept of a fact when it is declared in the DTS. */
export function conceptOf(ctx: RuleContext, fact: Fact): Concept | undefined {
  return ctx.taxonomy.concepts[fact.concept];
}

/**
 * The concept of a fact whose concept is a declared, non-abstract item (`kind === 'item'`), else undefined. The item
 * rules loop over `instance.facts` with it: a generator of [fact, concept] pairs made two objects a fact for every
 * rule (about 80 bytes; 10 MB of garbage on a 5 MB instance).
 */
export function itemConcept(ctx: RuleContext, f: Fact): Concept | undefined {
  const c = ctx.taxonomy.concepts[f.concept];
  return c && c.kind === 'item' && !c.abstract ? c : undefined;
}

/** Facts whose concept is a declared tuple. */
export function* tuples(ctx: RuleContext): Generator<[Fact, Concept]> {
  const inst = ctx.instance;
  if (!inst) return;
  for (const f of inst.facts) {
    const c = ctx.taxonomy.concepts[f.concept];
    if (c && c.kind === 'tuple' && !c.abstract) yield [f, c];
  }
}

export function instanceOf(ctx: RuleContext): Instance | undefined {
  return ctx.instance;
}

/** Whether an element key is declared as an item or tuple (in either substitution group, at any depth). */
export function isItemOrTuple(c: Concept | undefined): boolean {
  return (
    !!c &&
    (c.kind === 'item' ||
      c.kind === 'tuple' ||
      c.substitutionGroups.includes(XBRLI_ITEM) ||
      c.substitutionGroups.includes(XBRLI_TUPLE))
  );
}

/** `prefix:local` as written in the document, for messages about elements that are not concepts. */
export function qnameText(el: { prefix: string; local: string }): string {
  return el.prefix ? `${el.prefix}:${el.local}` : el.local;
}
