/**
 * Units (XBRL 2.1 section 4.8): measures of the xbrli namespace (4.8.2), the units of monetary and shares items
 * (4.8.2) and units in simplest form (4.8.4).
 */
import type { Unit } from '../../../instance/types.js';
import type { Rule } from '../../types.js';
import { ISO4217_NS, XBRLI_NS, itemConcept, loc } from './util.js';

function unitText(u: Unit): string {
  const m = (q: { ns: string; local: string }[]) =>
    q
      .map((x) =>
        x.ns === ISO4217_NS
          ? `iso4217:${x.local}`
          : x.ns === XBRLI_NS
            ? `xbrli:${x.local}`
            : x.ns
              ? `{${x.ns}}${x.local}`
              : x.local,
      )
      .join('*');
  return u.divide ? `${m(u.numerator)}/${m(u.denominator)}` : m(u.numerator);
}

/** A measure in the XBRL instance namespace must be xbrli:pure or xbrli:shares (section 4.8.2). */
export const measureElement: Rule = {
  code: 'xbrl.4.8.2:measureElement',
  spec: 'XBRL 2.1 section 4.8.2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const u of ctx.instance?.units.values() ?? []) {
      for (const m of [...u.numerator, ...u.denominator]) {
        if (m.ns === XBRLI_NS && m.local !== 'pure' && m.local !== 'shares') {
          ctx.report({
            params: { unit: u.id, measure: `xbrli:${m.local}` },
            loc: loc(u),
          });
        }
      }
    }
  },
};

/**
 * Section 4.8.2: an item of `xbrliType` (or a type derived from it) has a unit of exactly one measure that
 * satisfies `accepts`, and no divide. The monetary and shares rules differ only in those.
 */
function singleMeasureUnit(
  codes: { notSingle: string; wrongMeasure: string; former: string },
  xbrliType: string,
  accepts: (ns: string, local: string) => boolean,
  kind: 'monetary' | 'shares',
): Rule {
  return {
    code: codes.notSingle,
    spec: 'XBRL 2.1 section 4.8.2',
    severity: 'error',
    scope: 'instance',
    check(ctx) {
      const inst = ctx.instance;
      if (!inst) return;
      for (const f of ctx.instance?.facts ?? []) {
        const c = itemConcept(ctx, f);
        if (!c) continue;
        if (c.xbrliType !== xbrliType || f.unitRef === undefined) continue;
        const u = inst.units.get(f.unitRef);
        if (!u) continue;
        const m = u.numerator[0];
        if (u.divide || u.numerator.length !== 1 || !m || !accepts(m.ns, m.local)) {
          // Arelle's codes: not a single measure, or a single measure of the wrong kind; the former name under related
          ctx.report({
            code: u.divide || u.numerator.length !== 1 || !m ? codes.notSingle : codes.wrongMeasure,
            related: [codes.former],
            params: { concept: ctx.label(f.concept), kind, unit: u.id, measures: unitText(u) },
            loc: loc(f),
          });
        }
      }
    },
  };
}

/** monetaryItemType: one ISO 4217 currency measure `{http://www.xbrl.org/2003/iso4217}XXX` (section 4.8.2). */
export const monetaryUnit = singleMeasureUnit(
  {
    notSingle: 'xbrl.4.8.2:monetaryFactUnit-notSingleMeasure',
    wrongMeasure: 'xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure',
    former: 'xbrl.4.8.2:monetaryUnit',
  },
  'monetaryItemType',
  (ns, local) => ns === ISO4217_NS && /^[A-Z]{3}$/.test(local),
  'monetary',
);

/** sharesItemType: the single measure xbrli:shares (section 4.8.2). */
export const sharesUnit = singleMeasureUnit(
  {
    notSingle: 'xbrl.4.8.2:sharesFactUnit-notSingleMeasure',
    wrongMeasure: 'xbrl.4.8.2:sharesFactUnit-notSharesMeasure',
    former: 'xbrl.4.8.2:sharesUnit',
  },
  'sharesItemType',
  (ns, local) => ns === XBRLI_NS && local === 'shares',
  'shares',
);

/** A unit is in simplest form: no measure appears in both numerator and denominator (section 4.8.4). */
export const unitDivideCommonMeasure: Rule = {
  code: 'xbrl.4.8.4:unitDivideCommonMeasure',
  spec: 'XBRL 2.1 section 4.8.4',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const u of ctx.instance?.units.values() ?? []) {
      if (!u.divide) continue;
      const den = new Set(u.denominator.map((m) => m.key));
      const common = [...new Set(u.numerator.filter((m) => den.has(m.key)).map((m) => m.key))];
      if (common.length) {
        ctx.report({
          params: { unit: u.id, measures: unitText(u), common },
          loc: loc(u),
        });
      }
    }
  },
};
