/**
 * F&O section 10.5.1-10.5.6: component extraction from durations (fn:years-from-duration ... fn:seconds-from-duration).
 * The components are those of the normalised duration, each with the duration's sign.
 *
 * Arguments: `params` declare `xs:duration?`; the implementations also atomise and check the argument themselves.
 */
import { XDecimal } from '../decimal.js';
import type { AtomicValue, Duration, FunctionDef } from '../types.js';
import { FN } from '../types.js';
import { optTyped, st } from '../atomic/args.js';
import { durationParts } from '../atomic/duration.js';

type Parts = ReturnType<typeof durationParts>;

function component(
  local: string,
  type: 'xs:integer' | 'xs:decimal',
  pick: (p: Parts) => XDecimal | number,
): FunctionDef {
  return {
    ns: FN,
    local,
    minArgs: 1,
    maxArgs: 1,
    params: [st('duration', '?')],
    returns: st(type.slice(3), '?'),
    impl: (_ctx, args) => {
      const v = optTyped(args[0], 'xs:duration', `fn:${local}`);
      if (v === undefined) return [];
      const x = pick(durationParts(v.value as Duration));
      const value = typeof x === 'number' ? new XDecimal(x) : x;
      return [{ type, value: value.isZero() ? new XDecimal(0) : value } satisfies AtomicValue];
    },
  };
}

export const functions: FunctionDef[] = [
  component('years-from-duration', 'xs:integer', (p) => p.years),
  component('months-from-duration', 'xs:integer', (p) => p.months),
  component('days-from-duration', 'xs:integer', (p) => p.days),
  component('hours-from-duration', 'xs:integer', (p) => p.hours),
  component('minutes-from-duration', 'xs:integer', (p) => p.minutes),
  component('seconds-from-duration', 'xs:decimal', (p) => p.seconds),
];
