/**
 * How a formula conformance variation (`http://xbrl.org/2008/conformance`, the formula suite 2018-09-13) is run: the
 * documents to validate and the formula options it gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Finding } from '../findings.js';
import { outputKey, type OutputFact } from '../formula/produce.js';
import { elementKey } from '../instance/equality.js';
import { loadInstance } from '../instance/load.js';
import type { FormulaOptions } from '../rules/types.js';
import { parseXml } from '../xml/parse.js';
import { XDecimal } from '../xpath/decimal.js';
import type { Variation } from './suite.js';

/**
 * The documents a variation validates: its readMeFirst files; when none of them is an instance (static analysis
 * variations), also its linkbases, so that the formula linkbases are compiled and checked.
 */
export function variationInputs(v: Variation): string[] {
  if (v.data.some((d) => d.readMeFirst && d.kind === 'instance')) return v.readMeFirst;
  return [...v.readMeFirst, ...v.data.filter((d) => !d.readMeFirst && d.kind === 'linkbase').map((d) => d.path)];
}

/** Formula options of a variation: formulas run, with the variation's `<parameter>` values. */
export function variationFormulaOptions(v: Variation): FormulaOptions {
  return { mode: 'run', ...(v.parameters ? { parameters: v.parameters } : {}) };
}

/**
 * Compares the facts the formulas produced (the `formula.output` of the sbr:formulaSummary finding) with a
 * variation's expected output instance, fact by fact: the same concept, entity identifier, period, unit, dimensions
 * and an equal value (numerically for numbers). Returns why they differ, or undefined when they match or the
 * variation has no expected instance.
 */
export function compareFormulaOutput(v: Variation, findings: Finding[]): string | undefined {
  const expectedFile = v.resultFiles?.find((f) => /\.(xml|xbrl)$/i.test(f) && existsSync(f));
  if (!expectedFile) return undefined;
  const produced: OutputFact[] = findings.flatMap((f) => f.formula?.output ?? []);
  let instance;
  try {
    instance = loadInstance(parseXml(readFileSync(expectedFile), expectedFile), () => {});
  } catch (e) {
    return `the expected output instance ${expectedFile} cannot be read: ${(e as Error).message}`;
  }
  const expected: OutputFact[] = [];
  for (const f of instance.facts) {
    if (f.isTuple) continue;
    const c = f.contextRef !== undefined ? instance.contexts.get(f.contextRef) : undefined;
    if (!c) continue;
    const u = f.unitRef !== undefined ? instance.units.get(f.unitRef) : undefined;
    const dims: Record<string, string> = {};
    for (const d of c.dimensions)
      dims[d.dimension] = d.member ?? (d.typed?.children[0] ? elementKey(d.typed.children[0]) : '');
    expected.push({
      concept: f.concept,
      entity: c.entity,
      period: c.period,
      dims,
      value: f.value.trim(),
      nil: f.nil,
      ...(f.decimals !== undefined ? { decimals: f.decimals.trim() } : {}),
      ...(u
        ? {
            unit: {
              numerator: u.numerator.map((m) => m.key).sort(),
              denominator: u.denominator.map((m) => m.key).sort(),
            },
          }
        : {}),
    });
  }
  const pool = new Map<string, OutputFact[]>();
  for (const p of produced) {
    const k = outputKey(p);
    (pool.get(k) ?? pool.set(k, []).get(k)!).push(p);
  }
  const scaled = (v: string, d: number) =>
    new XDecimal(v).times(new XDecimal(10).pow(d)).toDecimalPlaces(0, XDecimal.ROUND_HALF_UP);
  const sameValue = (a: OutputFact, b: OutputFact) => {
    if (a.nil || b.nil) return a.nil === b.nil;
    const num = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    if (num.test(a.value) && num.test(b.value)) {
      if (Number(a.value) === Number(b.value) || a.value === b.value) return true;
      // Numbers are equal as far as both facts' accuracy goes (XBRL 2.1 section 4.6.7.2: a value stands for the
      // number rounded to its decimals): a formula's unrounded 2593742.46 with decimals="0" is the expected 2593742.
      const decimals = [a.decimals, b.decimals].filter((d) => d !== undefined && /^-?\d+$/.test(d)).map(Number);
      if (!decimals.length) return false;
      const d = Math.min(...decimals);
      const round = (v: string) => new XDecimal(v).toDecimalPlaces(d, XDecimal.ROUND_HALF_UP);
      return d >= 0 ? round(a.value).eq(round(b.value)) : scaled(a.value, d).eq(scaled(b.value, d));
    }
    return a.value === b.value;
  };
  const missing: string[] = [];
  for (const e of expected) {
    const list = pool.get(outputKey(e)) ?? [];
    const i = list.findIndex((p) => sameValue(p, e));
    if (i < 0)
      missing.push(
        `${e.concept.replace(/^\{[^}]*\}/, '')}=${e.nil ? 'nil' : e.value}${list.length ? ` (produced ${list.map((p) => p.value).join(', ')})` : ''}`,
      );
    else list.splice(i, 1);
  }
  const extra = [...pool.values()].flat();
  if (!missing.length && !extra.length) return undefined;
  return `output instance differs: ${missing.length} expected fact(s) not produced${missing.length ? ` (${missing.slice(0, 3).join('; ')})` : ''}, ${extra.length} unexpected${
    extra.length
      ? ` (${extra
          .slice(0, 3)
          .map((p) => `${p.concept.replace(/^\{[^}]*\}/, '')}=${p.value}`)
          .join('; ')})`
      : ''
  }`;
}
