/**
 * Constructor functions for the built-in atomic types (F&O section 5.1): `xs:T($arg as xs:anyAtomicType?) as xs:T?`,
 * one per built-in atomic type except the abstract xs:anyAtomicType and xs:NOTATION; same semantics as
 * `$arg cast as xs:T?` (F&O 17). The empty sequence gives the empty sequence.
 *
 * Arguments: `params` declare `xs:anyAtomicType?`; the implementation atomises its argument itself.
 * xs:QName: the prefix of the string argument is resolved against the statically known namespaces, which the
 * evaluator hands over as `namespaces` on the dynamic context object (the call's `namespaces` from the static
 * pass); without them only unprefixed names resolve (to no namespace).
 */
import type { DynamicContext, FunctionDef } from '../types.js';
import { XS } from '../types.js';
import { optAtomic, st } from '../atomic/args.js';
import { castAs } from '../atomic/cast.js';

/** Every built-in atomic type with a constructor function (XML Schema Part 2 section 3 plus the XPath 2.0 types). */
export const CONSTRUCTOR_TYPES = [
  'untypedAtomic',
  'string',
  'boolean',
  'decimal',
  'float',
  'double',
  'duration',
  'dateTime',
  'time',
  'date',
  'gYearMonth',
  'gYear',
  'gMonthDay',
  'gDay',
  'gMonth',
  'hexBinary',
  'base64Binary',
  'anyURI',
  'QName',
  'normalizedString',
  'token',
  'language',
  'NMTOKEN',
  'Name',
  'NCName',
  'ID',
  'IDREF',
  'ENTITY',
  'integer',
  'nonPositiveInteger',
  'negativeInteger',
  'long',
  'int',
  'short',
  'byte',
  'nonNegativeInteger',
  'unsignedLong',
  'unsignedInt',
  'unsignedShort',
  'unsignedByte',
  'positiveInteger',
  'yearMonthDuration',
  'dayTimeDuration',
] as const;

function resolver(ctx: DynamicContext): (prefix: string) => string | undefined {
  const ns = (ctx as { namespaces?: Readonly<Record<string, string>> }).namespaces;
  return (prefix) =>
    prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : (ns?.[prefix] ?? (prefix === '' ? '' : undefined));
}

export const functions: FunctionDef[] = CONSTRUCTOR_TYPES.map((local): FunctionDef => {
  const type = `xs:${local}`;
  return {
    ns: XS,
    local,
    minArgs: 1,
    maxArgs: 1,
    params: [st('anyAtomicType', '?')],
    returns: st(local, '?'),
    impl: (ctx, args) => {
      const v = optAtomic(args[0], type);
      if (v === undefined) return [];
      return [castAs(v, type, local === 'QName' ? resolver(ctx) : undefined)];
    },
  };
});
