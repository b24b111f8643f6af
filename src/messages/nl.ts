/**
 * Dutch message catalog (Nederlands), keyed by finding code, rendering the params of the English entries (en.ts);
 * numbers in Dutch notation (17.500, 1.234,56). Concept labels in the params are already in the language of `--lang`.
 */
import { nlApp } from './nl-app.js';
import { interval, nearLabel, type PeriodParam, type XdtFailureParam } from './en.js';
import type { Formatter } from './index.js';
import { nlXbrl } from './nl-xbrl.js';
import type { Catalog } from './index.js';
import { nlSbr } from './nl-sbr.js';

const mv = (n: number, one: string, many: string) => (n === 1 ? one : many);

function periodNl(p: PeriodParam): string {
  return p.kind === 'instant'
    ? `een instant-periode (${p.instant})`
    : p.kind === 'duration'
      ? `een periode van ${p.start} tot ${p.end}`
      : 'een periode forever';
}

function xdtFailureNl(x: XdtFailureParam): string {
  const cube = `${x.closed ? 'gesloten' : 'open'} ${x.arcrole}-hypercube ${x.hypercube} (${x.contextElement}, ELR ${x.elr})`;
  switch (x.kind) {
    case 'missing':
      return `de ${cube} vraagt een waarde voor dimensie ${x.dimension} in het ${x.contextElement}, en die dimensie heeft geen default`;
    case 'notMember':
      return x.member === undefined
        ? `de waarde voor expliciete dimensie ${x.dimension} van de ${cube} is geen expliciet lid`
        : `${x.defaulted ? 'het defaultlid ' : ''}${x.member} is geen bruikbaar lid van dimensie ${x.dimension} in de ${cube}`;
    case 'closedExtra':
      return `het ${x.contextElement} heeft dimensie ${x.dimension}, die de ${cube} niet heeft`;
    case 'closedNonDimensional':
      return `het ${x.contextElement} bevat andere inhoud dan dimensiewaarden, wat de ${cube} niet toestaat`;
    case 'notAllMatched':
      return `de context valt in de ${cube}, waarvan de combinaties zijn uitgesloten`;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the params of calc11e:inconsistentCalculationUsing*
function calc11Nl(p: Record<string, any>, f: Formatter): string {
  return (
    `${p.sum} = ${f.num(p.value)}, maar de ${p.count} onderliggende ${mv(p.count, 'post telt', 'posten tellen')} op tot ` +
    `${f.num(p.reported)} in context '${p.context}' (ELR ${p.elr}): met de waarden ${p.mode === 'truncate' ? 'afgekapt' : 'afgerond'} op hun decimals ` +
    `staat het totaal voor ${interval(p.sumInterval, f)} en staan de posten voor ${interval(p.total, f)}, en die overlappen niet`
  );
}

const unitNl = (p: Record<string, string>) =>
  `${p.concept} is ${p.kind === 'monetary' ? 'een geldbedrag' : 'een aantal aandelen'}, dus de unit moet ` +
  `${p.kind === 'monetary' ? 'één ISO 4217-valuta zijn (zoals iso4217:EUR)' : 'xbrli:shares zijn'}, maar unit '${p.unit}' is ${p.measures || 'leeg'}`;

export const nl: Catalog = {
  ...nlSbr,
  ...nlApp,
  'xbrl.4.8.2:monetaryFactUnit-notSingleMeasure': unitNl,
  'xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure': unitNl,
  'xbrl.4.8.2:sharesFactUnit-notSingleMeasure': unitNl,
  'xbrl.4.8.2:sharesFactUnit-notSharesMeasure': unitNl,
  'calc11e:inconsistentCalculationUsingRounding': (p, f) => calc11Nl(p, f),
  'calc11e:inconsistentCalculationUsingTruncation': (p, f) => calc11Nl(p, f),
  'xbrl.4.7.2:contextPeriodType': (p) =>
    `${p.concept} is een ${p.expected === 'instant' ? 'instant' : 'duur'}-concept, maar context '${p.context}' heeft ${periodNl(p.period)}`,
  'xbrl.4.6.2:numericUnitRef': (p) =>
    p.unit === undefined
      ? `${p.concept} is numeriek maar heeft geen unitRef`
      : p.other
        ? `${p.concept} heeft unitRef '${p.unit}', die verwijst naar een xbrli:${p.other}, niet naar een unit`
        : `${p.concept} verwijst naar unit '${p.unit}', die niet bestaat in deze instance`,
  'xbrl.4.6.2:nonNumericUnitRef': (p) =>
    `${p.concept} is niet numeriek en mag geen unitRef hebben (het heeft unitRef '${p.unit}')`,
  'xbrl.4.6.1:itemContextRef': (p) =>
    p.context === undefined
      ? `${p.concept} heeft geen contextRef; elk item moet naar een context verwijzen`
      : p.other
        ? `${p.concept} heeft contextRef '${p.context}', die verwijst naar een xbrli:${p.other}, niet naar een context`
        : `${p.concept} verwijst naar context '${p.context}', die niet bestaat in deze instance`,
  'xbrl.4.6.3:nonNumericPrecisionDecimals': (p) =>
    `${p.concept} is niet numeriek en mag geen attribuut ${p.attribute} hebben`,
  'xbrl.4.6.3:nilPrecisionDecimals': (p) => `${p.concept} is nil en mag geen attribuut ${p.attribute} hebben`,
  'xbrl.4.6.3:fractionPrecisionDecimals': (p) =>
    `${p.concept} is een breuk en mag geen attribuut ${p.attribute} hebben`,
  'xbrl.4.6.3:decimalsPrecision': (p) =>
    p.both
      ? `${p.concept} heeft zowel decimals als precision; precies een van beide is vereist`
      : `${p.concept} is numeriek en heeft een attribuut decimals of precision nodig`,
  'xbrl.4.6.4:precision': (p) =>
    `${p.concept} heeft precision '${p.value}'; dat moet een niet-negatief geheel getal of INF zijn`,
  'xbrl.4.6.5:decimals': (p) => `${p.concept} heeft decimals '${p.value}'; dat moet een geheel getal of INF zijn`,
  'xbrl.4.6:undeclaredConcept': (p) =>
    p.suggestion !== undefined
      ? `${p.concept} wordt als feit gebruikt maar is niet gedeclareerd in de taxonomie: bedoelt u ${p.suggestion}${nearLabel(p)}?`
      : `${p.concept} wordt als feit gebruikt maar is niet gedeclareerd in de taxonomie (ontbreekt het schema dat ${p.qname} declareert in de DTS?)`,
  'xbrl.4.6:notItemOrTuple': (p) =>
    `${p.concept} wordt als feit gebruikt maar is geen item of tuple (niet in de substitutiegroep van xbrli:item of xbrli:tuple)`,
  'xbrl.4.6:abstractConcept': (p) => `${p.concept} is een abstract concept en kan niet als feit worden gerapporteerd`,
  'xbrl.4.7.3.1:entityIdentifier': (p) =>
    p.missing === 'scheme'
      ? `De entiteit-identificatie van context '${p.context}' heeft geen attribuut scheme`
      : `Context '${p.context}' heeft geen entiteit-identificatie (xbrli:identifier is verplicht)`,
  'xbrl.5.1.1:itemType': (p) =>
    `Het item ${p.concept} heeft type ${p.type ?? '(geen)'}, dat niet is afgeleid van een XBRL-itemtype (xbrli:*ItemType)`,
  'xbrldie:PrimaryItemDimensionallyInvalidError': (p) =>
    `Feit ${p.concept} in context ${p.context} is dimensioneel ongeldig` +
    `${p.drsCount > 1 ? ` (aan geen van de ${p.drsCount} dimensionele relatieverzamelingen is voldaan; de eerste: ` : ' ('}${xdtFailureNl(p.failure)}).`,
  'sbr:notChecked': (p, f) => {
    // the counts that are not zero, "1 feit en 3 concepten"; the verb agrees ("kon 1 feit", "konden 2 feiten")
    const all: [number, string, string][] = [
      [p.facts, 'feit', 'feiten'],
      [p.concepts, 'concept', 'concepten'],
      [p.types ?? 0, 'type', 'typen'],
    ];
    const shown = all.filter(([n]) => n > 0);
    const items = (shown.length ? shown : all.slice(0, 1)).map(([n, one, many]) => `${f.count(n)} ${mv(n, one, many)}`);
    const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}` : items[0];
    const single = shown.length === 1 && shown[0]![0] === 1;
    return (
      `Omdat ${p.cause ? `${p.cause} ontbreekt` : `de ${f.count(p.missing)} hierboven genoemde ${mv(p.missing, 'document ontbreekt', 'documenten ontbreken')}`}, ` +
      `${single ? 'kon' : 'konden'} ${list} niet worden gecontroleerd: ` +
      `${p.count === 1 ? 'de melding die daaruit volgt' : `de ${f.count(p.count)} meldingen die daaruit volgen`} ` +
      `(${(p.codes as [string, number][]).map(([c, n]) => `${c} ${f.count(n)}`).join(', ')}) ${p.count === 1 ? 'wordt' : 'worden'} niet gemeld. Voeg het ontbrekende document toe en valideer opnieuw`
    );
  },
  'sbr:notXml': (p) =>
    p.xbrlJson
      ? `${p.file} is een xBRL-JSON-rapport (JSON, geen XML); alleen XBRL 2.1-instances (XML) en Inline XBRL-rapporten kunnen worden gevalideerd`
      : `${p.file} is een JSON-document, geen XML: een XBRL-instance is een XML-document met het root-element xbrli:xbrl`,
  'sbr:notInlineXbrl': (p) =>
    `${p.file} bevat geen Inline XBRL: geen enkel element is in de Inline XBRL-namespace ${p.namespace} (een Inline XBRL-document heeft ix:header met ix:references en feiten zoals ix:nonFraction); het is een gewone HTML-pagina`,
  'sbr:unknownDocument': (p) =>
    `${p.file} is geen XBRL-instance (xbrli:xbrl) en geen taxonomieschema of linkbase (het root-element is ${p.root})`,
  'sbr:langUnavailable': (p) =>
    `Er zijn geen meldingen in de taal "${p.lang}"; de meldingen zijn in het Engels (talen: ${(p.languages as string[]).join(', ')})`,
  // de families van de XBRL-specificaties (XBRL 2.1, Dimensions, berekeningen, XML Schema, XML, Inline XBRL)
  ...nlXbrl,
};
