/**
 * Dutch messages (Nederlands) of the XBRL specification families, keyed by finding code and spread into the Dutch
 * catalog (nl.ts); each entry renders the same `params` as its English entry in en-xbrl.ts (the shapes are in the
 * comments there). Numbers through the Formatter (17.500; 1.234,56); concept labels in the params are already in the
 * language of `--lang`; the names of XBRL elements and attributes (xbrli:context, decimals) stay as the specification
 * writes them.
 */
import { expectsNl } from './nl-transforms.js';
import { nlIx } from './nl-ix.js';
import {
  ARC_SECTIONS,
  bySection,
  CYCLE_SECTIONS,
  LINK_SECTIONS,
  shortName,
  TRANSFORM_CODES,
  SCHEMA_DIAGNOSTIC_CODES,
  XDT_END_CODES,
  type DuplicateValueParam,
  type ValueReason,
  type WhereParam,
} from './en-xbrl.js';
import type { CalcItemParam } from './en.js';
import type { Catalog, Formatter } from './index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- params are plain data whose shape each code defines
type P = Record<string, any>;

const mv = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** `a, b en c` */
const list = (xs: string[], and = 'en') =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`;
const usedOnNl = (usedOn: string[]) => usedOn.map(shortName).join(', ') || '(niets)';
const containerName = (c: string) => (c === 'segment' ? 'het segment' : c === 'scenario' ? 'het scenario' : c);

const duplicateIdNl = (p: P) =>
  `De id '${p.id}' van dit ${p.element} wordt al gebruikt door het ${p.previous} op regel ${p.line}; een id moet uniek zijn in de instance`;

function containerNl(p: P): string {
  const c = containerName(p.container);
  if (p.empty)
    return `${cap(c)} van context '${p.context}' is leeg; een ${p.container} moet ten minste één element bevatten (laat het anders weg)`;
  return p.element !== undefined
    ? `${cap(c)} van context '${p.context}' bevat ${p.element}, een element uit de XBRL-instancenamespace, dat daar niet is toegestaan`
    : `${cap(c)} van context '${p.context}' bevat ${p.concept}, een item of tuple (een concept); concepten mogen niet in een ${p.container} worden gebruikt`;
}

const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
const resourceRoleNl = (p: P) =>
  `De resource ${p.resource} heeft rol ${p.role}, die geen standaardrol voor ${p.resource} is`;
const relNl = (p: P) => `${p.from} naar ${p.to} in ELR ${p.elr}`;
const balanceWeightNl = (p: P) =>
  `De calculatierelatie van ${relNl(p)} heeft gewicht ${p.weight}, maar ${p.fromName} is ${p.fromBalance} en ` +
  `${p.toName} is ${p.toBalance}; het gewicht moet ${p.same ? 'positief' : 'negatief'} zijn`;
const essenceAliasNl = (p: P) => `${p.essence} (essence) en ${p.alias} (alias) in context '${p.context}'`;
const cycleWhereNl = (p: P) => `arcrole ${p.arcrole}, ELR ${p.elr}, ${p.link}/${p.arc}`;

function whereNl(w: WhereParam): string {
  const base = w.of === 'fact' ? w.name : w.of === 'context' ? `Context '${w.name}'` : `Unit '${w.name}'`;
  return w.element !== undefined ? `${w.element} in ${base.charAt(0).toLowerCase() + base.slice(1)}` : base;
}

const BOUND_NL = {
  minInclusive: 'is kleiner dan minInclusive',
  maxInclusive: 'is groter dan maxInclusive',
  minExclusive: 'is niet groter dan minExclusive',
  maxExclusive: 'is niet kleiner dan maxExclusive',
};
const UNIT_NL: Record<string, string> = { characters: 'tekens', items: 'items', octets: 'octetten' };

/** The reason an XSD datatype gives for an invalid value (en-xbrl.ts ValueReason), in Dutch. */
export function reasonNl(r: ValueReason | string): string {
  if (typeof r === 'string') return r;
  switch (r.k) {
    case 'pattern':
      return `de waarde ${r.value} voldoet niet aan het patroon ${r.pattern}`;
    case 'enumeration':
      return `de waarde ${r.value} is niet een van de opgesomde waarden (${r.values})`;
    case 'length': {
      const unit = UNIT_NL[r.unit] ?? r.unit;
      return r.facet === 'length'
        ? `de lengte is ${r.n} ${unit}, dat moet ${r.limit} zijn`
        : `de lengte is ${r.n} ${unit}, ${r.facet === 'minLength' ? 'minder' : 'meer'} dan ${r.facet} ${r.limit}`;
    }
    case 'lexical':
      return `${r.value} is geen geldige ${r.type}${r.range ? ' (buiten het bereik)' : ''}`;
    case 'prefix':
      return `het prefix '${r.prefix}' van QName ${r.value} is ${r.misdeclared ? 'onjuist gedeclareerd' : 'niet gedeclareerd'}`;
    case 'digits':
      return `${r.value} heeft meer dan ${r.limit} ${r.facet === 'fraction' ? 'cijfers achter de komma' : 'cijfers in totaal'}`;
    case 'bound':
      return `de waarde ${r.value} ${BOUND_NL[r.facet]} ${r.limit}`;
    case 'listItem':
      return `lijstitem ${r.value}: ${reasonNl(r.reason)}`;
    case 'union':
      return `${r.value} is voor geen van de membertypen van de union geldig${r.reasons ? ` (${r.reasons.map(reasonNl).join('; ')})` : ''}`;
  }
}

function valueErrorNl(p: P): string {
  if (p.text !== undefined) return schemaDiagnosticNl(p);
  switch (p.kind) {
    case 'nil':
      return `${p.concept} heeft xsi:nil='${p.value}'; dat moet true of false zijn`;
    case 'fractionParts':
      return `${p.concept} is een breuk en heeft een xbrli:numerator en een xbrli:denominator nodig`;
    case 'fractionPart':
      return p.zero
        ? `${p.concept} heeft denominator '${p.value}'; de noemer van een breuk mag niet nul zijn`
        : `${p.concept} heeft ${p.part} '${p.value}', dat geen decimaal getal is`;
    case 'context':
      return `In ${containerName(p.container)} van context '${p.context}' heeft ${p.element} de waarde '${p.value}', die niet geldig is: ${reasonNl(p.reason)}`;
    case 'attribute':
      return `${whereNl(p.where)} heeft attribuut ${p.attribute}='${p.value}', dat niet geldig is: ${reasonNl(p.reason)}`;
    case 'xdtArcAttribute':
      return `${p.attribute}="${p.value}" op de relatie van ${p.from} naar ${p.to} (ELR ${p.elr}) is geen geldige waarde van ${p.type.startsWith('xs:') ? p.type : `de opsomming ${p.type}`}.`;
    case 'dimensionQName':
      return `Het attribuut dimension '${p.dimension}' van een ${p.element} in context '${p.context}' is geen QName met een gedeclareerd prefix`;
    case 'memberQName':
      return `Het lid '${p.member}' van dimensie ${p.dimension} in context '${p.context}' is geen QName met een gedeclareerd prefix`;
    default:
      return `${p.concept} heeft de waarde '${p.value}', die niet geldig is: ${reasonNl(p.reason)}`;
  }
}

const DIM_WHAT_NL: Record<string, string> = {
  undeclared: 'niet in de DTS is gedeclareerd',
  explicit: 'een expliciete dimensie is',
  typed: 'een getypeerde dimensie is',
  notDimension: 'geen dimensie is',
};
const XDT_KIND_NL: Record<string, string> = {
  undeclared: 'geen gedeclareerd element',
  hypercube: 'een hypercube',
  typedDimension: 'een getypeerde dimensie',
  explicitDimension: 'een expliciete dimensie',
  dimension: 'een dimensie',
  tuple: 'een tuple',
  primaryItem: 'een primair item',
  notItem: 'geen item',
  domainMember: 'een domeinlid',
  domainMemberOrPrimaryItem: 'een domeinlid of primair item',
};
const XDT_REQUIRED_NL: Record<string, string> = {
  ...XDT_KIND_NL,
  primaryItem: 'een primair item (een item dat geen hypercube en geen dimensie is)',
  domainMember: 'een domeinlid (een item dat geen hypercube en geen dimensie is)',
  domainMemberOrPrimaryItem: 'een domeinlid of primair item (een item dat geen hypercube en geen dimensie is)',
};
const xdtEndNl = (p: P) =>
  `De relatie ${p.arcrole} van ${p.from} naar ${p.to} (ELR ${p.elr}) heeft als ${p.end === 'from' ? 'bron' : 'doel'} ${p.concept}, dat ${XDT_KIND_NL[p.kind] ?? p.kind} is; dat moet ${XDT_REQUIRED_NL[p.required] ?? p.required} zijn.`;
const typedProblemNl = (p: P): string => {
  switch (p.problem) {
    case 'empty':
      return 'heeft geen inhoudselement';
    case 'many':
      return `heeft ${p.count} elementen; er moet precies één zijn`;
    case 'text':
      return 'bevat naast het inhoudselement ook tekst';
    case 'unresolved':
      return 'kan niet worden gecontroleerd: het getypeerde domeinelement van de dimensie is niet gevonden';
    default:
      return `bevat ${p.element}; het moet het getypeerde domeinelement ${p.domain} bevatten`;
  }
};

const roleRefDuplicateNl = (p: P) =>
  p.linkbase
    ? `De ${p.kind} ${p.uri} heeft meer dan één ${p.element} in deze linkbase`
    : `De ${p.kind} ${p.uri} heeft meer dan één link:${p.kind}Ref in deze instance (de eerste staat op regel ${p.line})`;
const roleRefTargetNl = (p: P) =>
  p.want !== undefined
    ? `De ${p.element} voor ${p.uri} verwijst naar ${p.target !== undefined ? `een ${p.target}${p.got ? ` voor ${p.got}` : ''}` : 'niets'} in plaats van naar de ${p.want}`
    : p.fragment !== undefined
      ? `De link:${p.kind}Ref voor ${p.uri} verwijst naar '#${p.fragment}' in plaats van naar de ${p.kind}Type '#${p.id}'`
      : `De link:${p.kind}Ref voor ${p.uri} verwijst naar geen ${p.kind}Type die deze ${p.kind} in de DTS declareert`;
const roleUriNl = (p: P) =>
  p.missing
    ? `De ${p.element} heeft geen attribuut ${p.attribute}`
    : p.uri === ''
      ? `De ${p.element} heeft een lege ${p.attribute}`
      : `De ${p.attribute} "${p.uri}" van de ${p.element} is geen geldige URI`;
const typeDuplicateNl = (p: P, what: string) =>
  p.file !== undefined
    ? `De ${what} ${p.uri} is twee keer gedeclareerd met verschillende definities (ook in ${p.file}:${p.line})`
    : `De ${what} ${p.uri} is twee keer gedeclareerd in één schema`;

const WHY_NL: Record<string, (p: P) => string> = {
  nil: () => 'een nil-feit heeft een duplicaat dat niet nil is',
  differ: (p) => `twee feiten met decimals ${p.decimals} verschillen`,
  noOverlap: () => 'hun waarden overlappen niet bij hun decimals',
};
const duplicatesNl = (p: P, f: Formatter) =>
  `${p.concept} is ${f.count(p.count)} keer gerapporteerd in context '${p.context}' met tegenstrijdige waarden ` +
  `${(p.values as DuplicateValueParam[]).map((v) => (v.nil ? 'nil' : `${f.num(v.value!)} (decimals ${v.decimals})`)).join(', ')}: ` +
  `${WHY_NL[p.why]?.(p) ?? p.why}${p.truncate ? ' (afkapmodus)' : ''}; Calculations 1.1 controleert de berekeningen waarin zij voorkomen niet`;

/** The body of a libxml2 diagnostic in Dutch where it is recognised, else libxml2's own (English) text. */
function schemaBodyNl(p: P): string {
  const d = p.detail;
  switch (d?.kind) {
    case 'pattern':
      return `de waarde '${d.value}' voldoet niet aan het vereiste patroon '${d.pattern}'.`;
    case 'enumeration':
      return `de waarde '${d.value}' is niet een van de toegestane waarden (${d.values}).`;
    case 'notExpected':
      return d.expected
        ? `dit element is hier niet toegestaan; verwacht: ${(d.expected as string[]).join(', ')}.`
        : 'dit element is hier niet toegestaan.';
    case 'missingChild':
      return `een verplicht onderliggend element ontbreekt; verwacht: ${(d.expected as string[]).join(', ')}.`;
    default:
      return `${p.text} (melding van de XML Schema-validator)`;
  }
}
const schemaDiagnosticNl = (p: P) =>
  p.element === undefined
    ? schemaBodyNl(p)
    : `${p.attribute !== undefined ? `Attribuut ${p.attribute} van element ${p.element}` : `Element ${p.element}`}: ${schemaBodyNl(p)}`;

const MALFORMED_NL: Record<string, (p: P) => string> = {
  secondBom: () => 'een tweede byte order mark (U+FEFF) staat vóór de XML-declaratie; daar mag niets voor staan',
  doctypeName: () => 'de DOCTYPE-declaratie noemt geen root-element (XML 1.0, productie [28])',
  prefixEmptyUri: (p) => `het namespaceprefix ${p.prefix} wordt ongedaan gemaakt met een lege URI`,
  reservedPrefix: (p) =>
    `${p.name}="${p.uri}" bindt een gereserveerd namespaceprefix of gereserveerde namespace (Namespaces in XML 1.0, sectie 3)`,
  attributePrefix: (p) => `het prefix "${p.prefix}" van attribuut ${p.name} is niet gedeclareerd`,
  attributeTwice: (p) => `het attribuut ${p.name} komt twee keer voor`,
  elementPrefix: (p) => `het prefix "${p.prefix}" van element ${p.name} is niet gedeclareerd`,
  qname: (p) =>
    `de naam ${p.name} is geen gekwalificeerde naam: hoogstens één dubbele punt, tussen een prefix en een lokale naam die niet met een cijfer, '-' of '.' beginnen (Namespaces in XML 1.0, sectie 4)`,
  parser: (p) => `${p.detail} (melding van de XML-parser)`,
};

function transformReasonNl(p: P): string {
  if (p.namespace !== undefined)
    return p.version
      ? `Format ${p.format} is geen transformatie van Transformation Rules Registry ${p.version} (${p.namespace}).`
      : `Format {${p.namespace}}${p.format} staat in geen bekende Transformation Rules Registry (namespace niet herkend).`;
  return p.length !== undefined
    ? `De waarde ${p.value} kan niet worden gelezen met format ${p.format}: die is ${p.length} tekens lang; verwacht: ${expectsOf(p)}.`
    : `De waarde ${p.value} kan niet worden gelezen met format ${p.format}; verwacht: ${expectsOf(p)}.`;
}
/** The transformation's `expects` in Dutch (nl-transforms.ts), the English text when its shape is not known. */
const expectsOf = (p: P): string => expectsNl(String(p.expects)) ?? String(p.expects);
/** A transformation's failure on a fact ({fmt, text} from extract.ts), saying value and format once. */
function transformFailedNl(p: P): string {
  if (p.namespace !== undefined) return `${p.fmt} kan "${p.text}" niet lezen: ${transformReasonNl(p)}`;
  return `${p.fmt} kan "${p.text}" niet lezen: ${p.length !== undefined ? `die is ${p.length} tekens lang; ` : ''}verwacht: ${expectsOf(p)}`;
}
const invalidTransformationNl = (p: P) =>
  p.fmt !== undefined
    ? transformFailedNl(p)
    : `Het format ${p.format}${p.qname ? ` (${p.qname})` : ''} is geen bekende transformatie; de waarde kan niet worden gelezen`;

const ixDuplicateIdNl = (p: P) =>
  p.documentSet
    ? `De id "${p.id}" wordt in meer dan één document van de Inline XBRL-documentset gebruikt`
    : `De id "${p.id}" wordt meer dan één keer in het document gebruikt`;

export const nlXbrl: Catalog = {
  ...nlIx,
  // ---- XBRL 2.1 sectie 5.1 (conceptdeclaraties) ----
  'xbrl.5.1.1.1:itemPeriodType': (p) =>
    p.periodType === undefined
      ? `Het item ${p.concept} heeft geen attribuut xbrli:periodType (instant of duration)`
      : `Het item ${p.concept} heeft periodType "${p.periodType}"; dat moet instant of duration zijn`,
  'xbrl.5.1.1.2:balanceNonMonetary': (p) =>
    p.tuple
      ? `De tuple ${p.concept} heeft een attribuut xbrli:balance; alleen monetaire items mogen dat hebben`
      : p.balance !== undefined
        ? `De balance "${p.balance}" van ${p.concept} moet debit of credit zijn`
        : `Het item ${p.concept} heeft xbrli:balance maar is niet van het type monetaryItemType (het type is afgeleid van ${p.xbrliType ?? 'een onbekend type'})`,
  'xbrl.4.9:tuplePeriodType': (p) =>
    `De tuple ${p.concept} heeft een attribuut xbrli:periodType; een tuple heeft geen periode`,
  'xbrl.4.9:tupleContent': (p) => {
    if (p.local !== undefined)
      return `De tuple ${p.concept} declareert een lokaal element ${p.local}; de inhoud van een tuple moet bestaan uit verwijzingen naar globale declaraties van items of tuples`;
    if (p.element !== undefined)
      return `De tuple ${p.concept} bevat ${p.element}, dat geen item en geen tuple is; de inhoud van een tuple moet naar items en tuples verwijzen`;
    if (p.text) return `${p.concept} is een tuple en mag geen tekst bevatten, alleen feiten`;
    const expected = p.expected?.length ? ` (verwacht: ${list(p.expected as string[], 'of')})` : '';
    return p.child !== undefined
      ? `${p.concept} bevat ${p.child} op een plaats waar de definitie dat niet toestaat${expected}`
      : `${p.concept} is onvolledig: aan het einde van de tuple ontbreekt verplichte inhoud${expected}`;
  },
  'xbrl.4.9:tupleAttribute': (p) =>
    `De tuple ${p.concept} declareert het attribuut ${p.attribute}; een tuple mag geen attributen hebben uit de namespaces die de XBRL-specificatie definieert`,
  'xbrl.4.9:tupleAttributes': (p) =>
    p.namespace === undefined
      ? `${p.concept} is een tuple en mag geen attribuut ${p.attribute} hebben`
      : `${p.concept} is een tuple en mag geen attribuut ${p.attribute} uit namespace ${p.namespace} hebben`,
  'xbrl.4.9:tupleMixed': (p) =>
    `De tuple ${p.concept} heeft een type met gemengde inhoud (mixed); een tuple mag geen gemengde inhoud hebben`,
  'xbrl.5.1:redefine': (p) =>
    `Het taxonomieschema gebruikt xs:redefine (van ${p.schemaLocation}); redefine mag niet worden gebruikt in XBRL-taxonomieën`,
  // ---- XBRL 2.1 sectie 4.7 (contexts) ----
  'xbrl.4.7.1:contextId': (p) =>
    p.missing ? 'Een context heeft geen attribuut id; feiten kunnen er niet naar verwijzen' : duplicateIdNl(p),
  'xbrl.4.7.3:contextEntity': (p) => `Context '${p.context}' heeft geen entiteit (xbrli:entity is verplicht)`,
  'xbrl.4.7.2:contextPeriod': (p) =>
    p.missing
      ? `Context '${p.context}' heeft geen periode (xbrli:period is verplicht)`
      : `De periode van context '${p.context}' moet een instant, een startDate gevolgd door een endDate, of forever bevatten`,
  'xbrl.4.7.2:contextDate': (p) =>
    `Context '${p.context}' heeft ${p.element} '${p.value}', dat geen geldige datum (JJJJ-MM-DD) of datum en tijd (JJJJ-MM-DDTuu:mm:ss) is`,
  'xbrl.4.7.2:periodStartEnd': (p) =>
    `Context '${p.context}' heeft startDate ${p.start}, die niet vóór de endDate ${p.end} ligt`,
  'xbrl.4.7.3.2:segmentContent': (p) => containerNl(p),
  'xbrl.4.7.4:scenarioContent': (p) => containerNl(p),
  // ---- XBRL 2.1 sectie 4.8 (units) ----
  'xbrl.4.8.1:unitId': (p) =>
    p.missing ? 'Een unit heeft geen attribuut id; feiten kunnen er niet naar verwijzen' : duplicateIdNl(p),
  'xbrl.4.8.2:measureQName': (p) =>
    `Unit '${p.unit}' heeft measure '${p.measure}', dat geen QName met een gedeclareerd namespaceprefix is`,
  'xbrl.4.8.2:measureElement': (p) =>
    p.none
      ? `Unit '${p.unit}' heeft geen measure`
      : `Unit '${p.unit}' heeft measure ${p.measure}; de enige measures in de XBRL-instancenamespace zijn xbrli:pure en xbrli:shares`,
  'xbrl.4.8.3:unitDivide': (p) =>
    p.missing
      ? `De divide van unit '${p.unit}' moet een unitNumerator en een unitDenominator bevatten`
      : `De teller en de noemer van unit '${p.unit}' moeten elk ten minste één measure hebben`,
  'xbrl.4.8.4:unitDivideCommonMeasure': (p) =>
    `Unit '${p.unit}' (${p.measures}) is niet in de eenvoudigste vorm: ${list(p.common as string[])} ${mv(p.common.length, 'staat', 'staan')} zowel in de teller als in de noemer`,
  'xmlSchema:duplicateId': (p) => duplicateIdNl(p),
  'xmlSchema:nillable': (p) => `${p.concept} is als nil gerapporteerd, maar het concept is niet nillable`,
  'xmlSchema:nilElementHasContent': (p) =>
    `${p.concept} is als nil gerapporteerd (xsi:nil="true") en moet daarom leeg zijn`,
  'xbrl.5.1.1:itemMixedContent': (p) =>
    `${p.concept} is een item en mag geen onderliggende elementen bevatten (gevonden: ${p.child})`,
  'xbrl.4.2:schemaRefTarget': (p) =>
    p.outside
      ? `De schemaRef ${p.href} verwijst naar ${p.url}, dat geen schema van de DTS is`
      : `De schemaRef ${p.href} verwijst naar ${p.url}, dat geen XML Schema is (een schemaRef moet naar een schema verwijzen)`,
  // ---- XBRL 2.1 sectie 4.11 (voetnoten) ----
  'xbrl.4.11.1:footnoteLinkRole': (p) =>
    p.missing
      ? 'Een footnoteLink heeft geen xlink:role; gebruik http://www.xbrl.org/2003/role/link'
      : p.usedOn
        ? `Rol ${p.role} is niet bruikbaar verklaard op link:footnoteLink (de usedOn ervan noemt die niet)`
        : `De rol ${p.role} van de footnoteLink is niet gedeclareerd: de instance heeft er een link:roleRef voor nodig`,
  'xbrl.4.11.1.1:footnoteLocTarget': (p) =>
    p.outside
      ? `Voetnootlocator '${p.label}' verwijst naar ${p.href}, buiten deze instance; voetnoten kunnen alleen aan feiten van dezelfde instance worden gekoppeld`
      : p.fragment === undefined
        ? `Voetnootlocator '${p.label}' (${p.href}) wijst geen feit aan: er is een fragment #id nodig`
        : p.target !== undefined
          ? `Voetnootlocator '${p.label}' verwijst naar ${p.target} '${p.fragment}', dat geen feit is; voetnoten kunnen alleen aan feiten worden gekoppeld`
          : `Voetnootlocator '${p.label}' verwijst naar '${p.fragment}', maar geen feit in deze instance heeft die id`,
  'xbrl.4.11.1.2:footnoteLang': (p) =>
    `Voetnoot '${p.label}' heeft geen attribuut xml:lang; elke voetnoot moet de taal vermelden (bijvoorbeeld xml:lang="nl")`,
  'xbrl.4.11.1.2:footnoteRole': (p) =>
    p.resource !== undefined
      ? resourceRoleNl(p)
      : `Voetnoot '${p.label}' heeft rol ${p.role}, die niet de standaardvoetnootrol is en niet met een link:roleRef is gedeclareerd`,
  'xbrl.3.5.3.9:arcResource': (p) =>
    `Het attribuut ${p.side} '${p.label}' van de voetnootarc komt met geen enkel label van een locator of voetnoot in dezelfde footnoteLink overeen`,
  'xbrl.4.11.1.3.1:factFootnoteArc': (p) =>
    p.from !== undefined
      ? `Voetnootarc vanaf '${p.from}': een fact-footnote-arc moet beginnen bij een locator van een feit, niet bij een voetnoot`
      : `Voetnootarc naar '${p.to}': een fact-footnote-arc moet eindigen bij een link:footnote, niet bij een locator of een andere resource`,
  'xbrl.4.11.1.3.1:footnoteArcrole': (p) =>
    p.missing
      ? 'Een voetnootarc heeft geen xlink:arcrole'
      : `De arcrole ${p.arcrole} van de voetnootarc is niet gedeclareerd: de instance heeft er een link:arcroleRef voor nodig`,
  // ---- XBRL 2.1 sectie 5.1.3, 5.1.4 (roleType, arcroleType, usedOn) ----
  'xbrl.5.1.3.4:custRoleUsedOn': (p) =>
    p.link !== undefined
      ? `Extended link role ${p.role} wordt gebruikt op ${p.link}, maar de roleType noemt als usedOn ${usedOnNl(p.usedOn)}`
      : `Rol ${p.role} wordt gebruikt op een resource ${p.resource}, maar de roleType noemt als usedOn ${usedOnNl(p.usedOn)}`,
  'xbrl.5.1.4.5:custArcroleUsedOn': (p) =>
    `Arcrole ${p.arcrole} wordt gebruikt op ${p.arc}, maar de arcroleType noemt als usedOn ${usedOnNl(p.usedOn)}`,
  'xbrl.5.2.2.2.2:labelRole': (p) => resourceRoleNl(p),
  'xbrl.5.2.3.2.1:referenceRole': (p) => resourceRoleNl(p),
  // ---- XBRL 2.1 sectie 5.2 (relaties) ----
  'xbrl.5.2.5.2:nonNumericCalc': (p) =>
    `De calculatierelatie van ${relNl(p)} verbindt ${list(p.concepts as string[])}, ${p.concepts.length === 1 ? 'dat geen numeriek item is' : 'die geen numerieke items zijn'}`,
  'xbrl.5.2.5.2.1:zeroWeight': (p) => `De calculatierelatie van ${relNl(p)} heeft gewicht 0`,
  'xbrl.5.1.1.2:balanceCalcWeightIllegalNegative': (p) => balanceWeightNl(p),
  'xbrl.5.1.1.2:balanceCalcWeightIllegalPositive': (p) => balanceWeightNl(p),
  'xbrl.5.2.6.2.2:essenceAliasTypes': (p) =>
    `De essence-aliasrelatie van ${relNl(p)}: ${[
      ...(p.notItems ? ['beide concepten moeten items zijn'] : []),
      ...(p.types ? [`de typen verschillen (${p.types[0]}, ${p.types[1]})`] : []),
      ...(p.periodTypes ? [`de periodTypes verschillen (${p.periodTypes[0]}, ${p.periodTypes[1]})`] : []),
    ].join('; ')}`,
  'xbrl.5.2.6.2.2:essenceAliasBalance': (p) =>
    `De essence-aliasrelatie van ${relNl(p)}: de balances verschillen (${p.balances[0]}, ${p.balances[1]})`,
  'xbrl.5.2.6.2.2:essenceAliasUnitsInconsistency': (p) =>
    `${essenceAliasNl(p)} hebben verschillende units (${p.units[0]}, ${p.units[1]})`,
  'xbrl.5.2.6.2.2:essenceAliasValueInconsistency': (p) =>
    `${essenceAliasNl(p)} hebben verschillende waarden (${p.values[0]}, ${p.values[1]}); ${p.aliasName} is een alias van ${p.essenceName}`,
  'xbrl.5.2.6.2.4:requiresElementInconsistency': (p) =>
    `${p.from} is gerapporteerd, dus ${p.to} moet ook worden gerapporteerd (requires-element, ELR ${p.elr})`,
  'xbrl.5.2.4.2.1:preferredLabelMissing': (p) =>
    `De presentatierelatie van ${p.from} naar ${p.to} in ELR ${p.elr} heeft preferredLabel ${p.role}, maar ${p.toName} heeft geen label met die rol`,
  ...Object.fromEntries(
    CYCLE_SECTIONS.map((sec) => [
      `xbrl.${sec}:directedCycle`,
      (p: P) =>
        `Relaties ${shortName(p.arcrole)} vormen een gerichte cyclus ${(p.path as string[]).join(' → ')} (${cycleWhereNl(p)}); toegestane cycli: ${p.cycles}`,
    ]),
  ),
  'xbrl.5.1.4.3:undirectedCycle': (p) =>
    `De relatie ${shortName(p.arcrole)} van ${p.from} naar ${p.to} sluit een ongerichte cyclus (${cycleWhereNl(p)}); de arcrole staat geen cycli toe`,
  'xmlSchema:valueError': (p) => valueErrorNl(p),
  // ---- XBRL Dimensions 1.0, instance (xbrldie) ----
  'xbrldie:TypedMemberNotTypedDimensionError': (p) =>
    `Context ${p.context}: xbrldi:typedMember in ${containerName(p.container)} noemt ${p.dimension}, dat ${DIM_WHAT_NL[p.what] ?? p.what}; een getypeerd lid moet een getypeerde dimensie noemen.`,
  'xbrldie:ExplicitMemberNotExplicitDimensionError': (p) =>
    `Context ${p.context}: xbrldi:explicitMember in ${containerName(p.container)} noemt ${p.dimension}, dat ${DIM_WHAT_NL[p.what] ?? p.what}; een expliciet lid moet een expliciete dimensie noemen.`,
  'xbrldie:ExplicitMemberUndefinedQNameError': (p) =>
    `Context ${p.context}: het lid ${p.member ?? `"${p.lexical}" (een QName waarvan het prefix niet is gedeclareerd)`} van dimensie ${p.dimension} is geen globaal element dat in de DTS is gedeclareerd.`,
  'xbrldie:DefaultValueUsedInInstanceError': (p) =>
    `Context ${p.context}: ${p.member} is het defaultlid van dimensie ${p.dimension}; een defaultlid moet uit de context worden weggelaten en mag niet in ${containerName(p.container)} staan.`,
  'xbrldie:RepeatedDimensionInInstanceError': (p) =>
    `Context ${p.context}: dimensie ${p.dimension} heeft een waarde in ${containerName(p.first)} (regel ${p.line}) en nogmaals in ${containerName(p.container)}; een context mag een dimensie maar één waarde geven.`,
  'xbrldie:IllegalTypedDimensionContentError': (p) =>
    `Context ${p.context}: het xbrldi:typedMember voor dimensie ${p.dimension} in ${containerName(p.container)} ${typedProblemNl(p)}.`,
  // ---- XBRL Dimensions 1.0, taxonomie (xbrldte) ----
  ...Object.fromEntries(XDT_END_CODES.map((c) => [c, xdtEndNl])),
  'xbrldte:HasHypercubeMissingContextElementAttributeError': (p) =>
    `De has-hypercube-relatie van ${p.from} naar ${p.to} (ELR ${p.elr}) heeft geen attribuut xbrldt:contextElement; dat moet "segment" of "scenario" zijn.`,
  'xbrldte:TargetRoleNotResolvedError': (p) =>
    p.from !== undefined
      ? `De xbrldt:targetRole "${p.role}" op de relatie van ${p.from} naar ${p.to} (ELR ${p.elr}) is geen rol die door een roleType in de DTS is gedefinieerd.`
      : `De xbrldt:targetRole ${p.role} op deze arc is niet gedeclareerd met een roleRef in de linkbase`,
  'xbrldte:HypercubeElementIsNotAbstractError': (p) =>
    `Hypercube ${p.concept} is niet abstract="true" gedeclareerd; voeg abstract="true" toe aan de elementdeclaratie.`,
  'xbrldte:DimensionElementIsNotAbstractError': (p) =>
    `Dimensie ${p.concept} is niet abstract="true" gedeclareerd; voeg abstract="true" toe aan de elementdeclaratie.`,
  'xbrldte:TypedDomainRefError': (p) =>
    `${p.concept} heeft xbrldt:typedDomainRef maar is geen dimensie (niet in de substitutiegroep xbrldt:dimensionItem).`,
  'xbrldte:TypedDimensionURIError': (p) =>
    `Getypeerde dimensie ${p.concept}: xbrldt:typedDomainRef "${p.href}" heeft geen fragment-identifier die een elementdeclaratie aanwijst.`,
  'xbrldte:TypedDimensionError': (p) =>
    p.abstract !== undefined
      ? `Getypeerde dimensie ${p.concept}: xbrldt:typedDomainRef "${p.href}" wijst ${p.abstract} aan, dat abstract is; het getypeerde domeinelement mag niet abstract zijn.`
      : `Getypeerde dimensie ${p.concept}: xbrldt:typedDomainRef "${p.href}" wijst geen globale elementdeclaratie aan.`,
  'xbrldte:OutOfDTSSchemaError': (p) =>
    `Getypeerde dimensie ${p.concept}: xbrldt:typedDomainRef "${p.href}" verwijst naar een schema dat niet in de DTS is opgenomen.`,
  'xbrldte:TooManyDefaultMembersError': (p) =>
    `Dimensie ${p.dimension} heeft meer dan één defaultlid: ${p.first} en ${p.second} (dimension-default-relatie in ${p.elr}).`,
  'xbrldte:DRSDirectedCycleError': (p) =>
    `Het domein van dimensie ${p.dimension} van hypercube ${p.hypercube} (DRS in ${p.elr}) bevat een gerichte cyclus: de domain-member-relatie van ${p.from} naar ${p.to} in ${p.arcElr} leidt terug naar een voorouder.`,
  'xbrldte:PrimaryItemPolymorphismError': (p) =>
    `Primair item ${p.concept} heeft hypercube ${p.hypercube} (vanaf ${p.from} in ${p.elr}) en is ook lid van het domein van de expliciete dimensie ${p.dimension} daarvan.`,
  // ---- XBRL 2.1 sectie 3.5 (linkbases), 4.3 (linkbaseRef), 5.1.3/5.1.4 (roleType, arcroleType) ----
  'xbrl.3.5.2.4:roleRefDuplicate': roleRefDuplicateNl,
  'xbrl.3.5.2.5:arcroleRefDuplicate': roleRefDuplicateNl,
  'xbrl.3.5.2.4:roleRefMissing': (p) =>
    p.undeclared
      ? `De rol ${p.uri} wordt gebruikt maar is niet gedeclareerd met een roleRef in deze linkbase`
      : `De rol ${p.uri} wordt gebruikt zonder roleRef in deze linkbase`,
  'xbrl.3.5.2.5:arcroleRefMissing': (p) => `De arcrole ${p.uri} wordt gebruikt zonder arcroleRef in deze linkbase`,
  'xbrl.3.5.2.4:roleRefTarget': roleRefTargetNl,
  'xbrl.3.5.2.5:arcroleRefTarget': roleRefTargetNl,
  'xbrl.3.5.3.7.2:locatorHref': (p) => `De locator ${p.href} verwijst niet naar een element in de DTS`,
  ...bySection(
    LINK_SECTIONS,
    'locatorTarget',
    (p) =>
      `De locator ${p.href} in een ${p.link} verwijst naar ${p.resource ? 'een resource' : 'een element'} dat geen concept is${p.allowed ? ` en geen resource ${p.allowed}` : ''}`,
  ),
  'xlink:duplicateArc': (p) =>
    `Twee arcs in deze ${p.link} gaan van "${p.from}" naar "${p.to}"; XLink vereist dat zulke arcs in verschillende extended links staan`,
  ...bySection(
    ARC_SECTIONS,
    'arcrole',
    (p) =>
      `Een ${p.arc} heeft de arcrole ${p.arcrole}; met een standaard-arcrole moet dat ${list(p.allowed as string[], 'of')} zijn`,
  ),
  'xbrl.3.5.3.9:arcEndpoint': (p) =>
    `Het ${p.side}-label "${p.label}" van de arc noemt geen locator of resource in deze extended link`,
  ...Object.fromEntries(
    ['xbrl.5.2.2.3:labelArcRemoteResource', 'xbrl.5.2.3.3:referenceArcRemoteResource'].map((c) => [
      c,
      (p: P) =>
        p.prohibiting
          ? `De verbiedende ${p.arc} naar "${p.to}" leidt naar iets anders dan een resource ${p.resource}`
          : `De ${p.arc} naar "${p.to}" leidt via een locator naar een resource op afstand; alleen een verbiedende arc (use="prohibited") mag dat`,
    ]),
  ),
  'xbrl.4.3.3:linkbaseRefArcrole': (p) =>
    `De linkbaseRef heeft ${p.arcrole === undefined ? 'geen xlink:arcrole' : `xlink:arcrole ${p.arcrole}`}; dat moet ${p.required} zijn`,
  'xbrl.4.3.2:linkbaseRefRole': (p) =>
    `De linkbaseRef heeft rol ${p.role}, maar de linkbase ${p.href} bevat extended links ${list(p.links as string[])}, niet alleen ${p.want}`,
  'xbrl.5.1:targetNamespaceEmpty': () =>
    'Het taxonomieschema heeft een leeg attribuut targetNamespace; een taxonomieschema heeft een namespace nodig',
  'xbrl.5.1.3:roleURI': roleUriNl,
  'xbrl.5.1.4:arcroleURI': roleUriNl,
  'xbrl.5.1.3:roleTypeId': (p) => `De id "${p.id}" van de ${p.element} ${p.uri} is geen NCName`,
  'xbrl.5.1.4:arcroleTypeId': (p) => `De id "${p.id}" van de ${p.element} ${p.uri} is geen NCName`,
  'xbrl.5.1.4:cyclesAllowed': (p) =>
    p.value === undefined
      ? `De arcroleType ${p.uri} heeft geen attribuut cyclesAllowed`
      : `De arcroleType ${p.uri} heeft cyclesAllowed="${p.value}"; dat moet any, undirected of none zijn`,
  'xbrl.5.1.3.4:usedOnDuplicate': (p) => `De ${p.element} ${p.uri} noemt usedOn ${p.usedOn} meer dan één keer`,
  'xbrl.5.1.4.5:usedOnDuplicate': (p) => `De ${p.element} ${p.uri} noemt usedOn ${p.usedOn} meer dan één keer`,
  'xbrl.5.1.4:arcroleTypeDuplicate': (p) => typeDuplicateNl(p, 'arcrole'),
  'xbrl.5.1.3:roleTypeDuplicate': (p) => typeDuplicateNl(p, 'rol'),
  // ---- Calculations 1.1 ----
  'calc11e:nonDecimalItemNode': (p) =>
    `De calculatierelatie van ${p.from} naar ${p.to} (ELR ${p.elr}) verbindt ${list(p.concepts as string[])}, ` +
    `${p.count === 1 ? 'dat geen decimaal item is' : 'die geen decimale items zijn'}; relaties van Calculations 1.1 moeten items verbinden waarvan het type is afgeleid van xs:decimal`,
  'calc11e:duplicateCalculationRelationships': (p) =>
    `${p.from} heeft een tweede calculatierelatie naar ${p.to} in ELR ${p.elr} (de eerste staat in ${p.file}:${p.line}); een netwerk mag een totaal maar één keer aan een onderliggend concept koppelen`,
  'calc11e:excessDigits': (p, f) =>
    `${p.concept} = ${f.num(p.value)} in context '${p.context}' heeft meer cijfers dan de decimals (${p.decimals}) toestaan; Calculations 1.1 controleert de berekeningen waarin het voorkomt niet`,
  'oime:disallowedDuplicateFacts': duplicatesNl,
  'calc11e:disallowedDuplicateFactsUsingTruncation': duplicatesNl,
  // ---- XML 1.0 en Namespaces in XML ----
  'xml:malformed': (p) =>
    p.reason === 'noRoot'
      ? 'Het document heeft geen root-element'
      : `Het document is geen goedgevormde XML: ${MALFORMED_NL[p.reason]?.(p) ?? p.detail}` +
        (p.xhtmlEntity
          ? ' (XHTML wordt als XML gelezen: HTML-entiteiten zoals &nbsp; zijn niet gedefinieerd; schrijf een tekenverwijzing zoals &#160;)'
          : ''),
  'xml:encoding': (p) =>
    p.bom !== undefined
      ? `Het bestand begint met een byte order mark voor ${p.bom}, maar de XML-declaratie zegt encoding="${p.declared}"`
      : p.byte !== undefined
        ? `Het document declareert de tekencodering ${p.declared}, maar bevat de byte ${p.byte}, die in ${p.declared} geen teken is`
        : p.unsupported !== undefined
          ? `Niet-ondersteunde tekencodering "${p.unsupported}"`
          : 'Het bestand is geen geldige UTF-8-tekst (is het een binair bestand?)',
  'xml:entityDeclarationRefused': () =>
    'De DOCTYPE declareert entiteiten; entiteitdeclaraties worden geweigerd en nooit uitgevoerd',
  'xml:tooDeep': (p, f) => `Elementen zijn dieper genest dan de grens van ${f.count(p.limit)}`,
  'xml:attributeTooLong': (p, f) =>
    `De waarde van attribuut ${p.name} van ${p.element} is geschreven met meer dan de grens van ${f.count(p.limit)} tekens; het document wordt geweigerd (XBRL-attributen zijn kort; de parseroptie maxAttributeLength verhoogt de grens)`,
  'xml:empty': (p) => `Het bestand is leeg: er werd een ${p.expected}-document verwacht`,
  'xml:tooLarge': (p, f) => `Het document is ${f.count(p.size)} bytes, meer dan de grens van ${f.count(p.limit)}`,
  // ---- XML Schema ----
  ...Object.fromEntries(SCHEMA_DIAGNOSTIC_CODES.map((c) => [c, schemaDiagnosticNl])),
  'xmlSchema:schemaError': (p) =>
    p.missing !== undefined
      ? `Het schema ${p.missing} waarnaar de instance verwijst, is niet beschikbaar.`
      : p.notCompiled
        ? 'De taxonomieschema’s konden niet door de XML Schema-validator worden gecompileerd.'
        : `${p.text} (melding van de XML Schema-validator)`,
  'xmlSchema:schemaWarning': (p) => `${p.text} (melding van de XML Schema-validator)`,
  'xmlSchema:internalError': (p) =>
    `De XML Schema-validatie kon niet worden voltooid (exitcode van xmllint ${p.exitCode})${p.detail ? `: ${p.detail}` : ''}.`,
  // ---- XBRL 2.1 sectie 5.2.5.2 (calculaties) ----
  // "Het feit Te betalen omzetbelasting (VatPayable) in context 'Q1' heeft waarde 17.500, maar de som van de 2 items is
  // 16.500: Omzet 20.000 × 1, Voorbelasting 3.500 × -1"
  'xbrl.5.2.5.2:calcInconsistency': (p, f) =>
    `Het feit ${p.sum} in context '${p.context}' heeft waarde ${f.num(p.reported)}, maar de som van de ${f.count(p.count)} ${mv(p.count, 'item', 'items')} is ` +
    `${p.computed === undefined ? 'onbekend (een waarde heeft precision 0)' : f.num(p.computed)}: ` +
    `${(p.items as CalcItemParam[]).map((it) => `${it.concept} ${f.num(it.value)} × ${it.negative ? '-' : ''}${f.num(it.weight ?? '1')}`).join(', ')} (ELR ${p.elr})`,
  // ---- Inline XBRL 1.1 ----
  'ix11:duplicateId': (p) => ixDuplicateIdNl(p),
  'ix11.14.1.2:resourceIdDuplication': (p) => ixDuplicateIdNl(p),
  'ix11:elementUnknown': (p) => `${p.element} is geen element van Inline XBRL 1.1`,
  'ix11:noTarget': () => 'De Inline XBRL-documentset bevat geen feiten en geen ix:references',
  'ix11.12.1.2:missingReferences': (p) =>
    p.schemaRef
      ? 'Het doeldocument heeft geen link:schemaRef in ix:references: de taxonomie is onbekend'
      : 'De Inline XBRL-documentset heeft geen ix:references (geen schemaRef: de taxonomie is onbekend)',
  ...Object.fromEntries(TRANSFORM_CODES.map((c) => [c, invalidTransformationNl])),
  'ixTransform:valueError': (p) => (p.fmt !== undefined ? transformFailedNl(p) : transformReasonNl(p)),
};
