/**
 * The meaning of each code of XBRL Formula's families (Variables 1.0 `xbrlve:`, Formula 1.0 `xbrlfe:`, Consistency
 * Assertion `xbrlcae:`, Existence Assertion `xbrleae:`, Assertion Severity `seve:`, Generic Messages `xbrlmsge:`,
 * Custom Function Implementation `xbrlcfie:`, Functions Registry `xfie:`/`xffe:`) and of the XPath 2.0 / Functions
 * and Operators errors (`err:`, W3C), in English and Dutch: the catalogs' entries for these codes (en-sbr.ts,
 * nl-sbr.ts) are built from these tables.
 *
 * Params of every such finding (src/formula/compile.ts `report`, evaluate.ts `dynamicError`): `detail`, the specific
 * message of the check or of the XPath engine (English: names, expressions and values of the linkbase); `what`
 * `{kind: 'parameter' | 'assertion' | 'formula' | 'consistency', id}` when the error arose evaluating it; `element` and
 * `label` (the resource's local name and xlink:label) for a static error on a linkbase resource.
 */
import type { Catalog, Template } from './index.js';

/** [English meaning, Dutch meaning] per code. */
export const FORMULA_MEANINGS: Record<string, [string, string]> = {
  'xbrlve:cyclicDependencies': [
    'the variables of a variable set depend on each other in a cycle',
    'de variabelen van een variabelenset zijn in een kringloop van elkaar afhankelijk',
  ],
  'xbrlve:duplicateVariableNames': [
    'two variables or parameters of a variable set have the same name',
    'twee variabelen of parameters van een variabelenset hebben dezelfde naam',
  ],
  'xbrlve:factVariableReferenceNotAllowed': [
    'an expression refers to a fact variable where that is not allowed',
    'een expressie verwijst naar een feitvariabele waar dat niet is toegestaan',
  ],
  'xbrlve:fallbackValueVariableReferenceNotAllowed': [
    'the fallback value of a fact variable refers to a fact variable',
    'de terugvalwaarde (fallbackValue) van een feitvariabele verwijst naar een feitvariabele',
  ],
  'xbrlve:filterAspectModelMismatch': [
    'a filter covers an aspect that the aspect model of the variable set does not have',
    'een filter dekt een aspect dat het aspectmodel van de variabelenset niet kent',
  ],
  'xbrlve:invalidQName': ['a QName has no declared prefix', 'een QName heeft een niet-gedeclareerd prefix'],
  'xbrlve:missingParameterValue': ['a required parameter has no value', 'een verplichte parameter heeft geen waarde'],
  'xbrlve:noCustomFunctionSignature': [
    'an expression calls a custom function that has no signature',
    'een expressie roept een eigen functie (custom function) aan die geen signatuur heeft',
  ],
  'xbrlve:noProhibitedNamespaceForCustomFunction': [
    'a custom function signature is in a namespace reserved for standard functions',
    'een signatuur van een eigen functie staat in een namespace die voor standaardfuncties is gereserveerd',
  ],
  'xbrlve:parameterCyclicDependencies': [
    'parameters depend on each other in a cycle',
    'parameters zijn in een kringloop van elkaar afhankelijk',
  ],
  'xbrlve:parameterNameClash': [
    'a parameter has the name of another parameter or variable',
    'een parameter heeft de naam van een andere parameter of variabele',
  ],
  'xbrlve:parameterTypeMismatch': [
    'the value of a parameter is not of its declared type',
    'de waarde van een parameter is niet van het gedeclareerde type',
  ],
  'xbrlve:unknownAspectModel': ['the aspect model is unknown', 'het aspectmodel is onbekend'],
  'xbrlve:unresolvedDependency': [
    'a variable or parameter depends on one that has no value',
    'een variabele of parameter hangt af van een die geen waarde heeft',
  ],
  'xbrlve:variableNameResolutionFailure': [
    'a variable name does not resolve to a variable or parameter',
    'een variabelenaam verwijst niet naar een variabele of parameter',
  ],
  'xbrlfe:badSubsequentOCCValue': [
    'a subsequent OCC rule has a value that does not fit the preceding ones',
    'een volgende OCC-regel heeft een waarde die niet past bij de voorgaande',
  ],
  'xbrlfe:badUsageOfExplicitDimensionRule': [
    'an explicit dimension rule is used for a dimension that is not explicit',
    'een regel voor een expliciete dimensie wordt gebruikt voor een dimensie die niet expliciet is',
  ],
  'xbrlfe:badUsageOfTypedDimensionRule': [
    'a typed dimension rule is used for a dimension that is not typed',
    'een regel voor een getypeerde dimensie wordt gebruikt voor een dimensie die niet getypeerd is',
  ],
  'xbrlfe:bindEmptySourceVariable': [
    'the source variable of a formula binds to an empty sequence',
    'de bronvariabele van een formule is gebonden aan een lege reeks',
  ],
  'xbrlfe:conflictingAspectRules': [
    'two aspect rules of a formula set the same aspect differently',
    'twee aspectregels van een formule stellen hetzelfde aspect verschillend in',
  ],
  'xbrlfe:defaultAspectValueConflicts': [
    'the default source of a formula gives conflicting aspect values',
    'de standaardbron van een formule geeft tegenstrijdige aspectwaarden',
  ],
  'xbrlfe:illegalUseOfUncoveredQName': [
    'xfi:uncovered is used where there is no source for it',
    'xfi:uncovered wordt gebruikt waar daarvoor geen bron is',
  ],
  'xbrlfe:incompleteConceptRule': [
    'a concept rule has neither a QName nor a source',
    'een conceptregel heeft geen QName en geen bron',
  ],
  'xbrlfe:incompleteEntityIdentifierRule': [
    'an entity identifier rule is incomplete',
    'een regel voor de entiteit-identificatie is onvolledig',
  ],
  'xbrlfe:incompletePeriodRule': ['a period rule is incomplete', 'een perioderegel is onvolledig'],
  'xbrlfe:missingConceptRule': [
    'the formula has no concept rule and no source for the concept',
    'de formule heeft geen conceptregel en geen bron voor het concept',
  ],
  'xbrlfe:missingEntityIdentifierRule': [
    'the formula has no entity identifier rule and no source for it',
    'de formule heeft geen regel en geen bron voor de entiteit-identificatie',
  ],
  'xbrlfe:missingPeriodRule': [
    'the formula has no period rule and no source for the period',
    'de formule heeft geen perioderegel en geen bron voor de periode',
  ],
  'xbrlfe:missingSAVForExplicitDimensionRule': [
    'an explicit dimension rule has no source aspect value',
    'een regel voor een expliciete dimensie heeft geen bronaspectwaarde',
  ],
  'xbrlfe:missingSAVForTypedDimensionRule': [
    'a typed dimension rule has no source aspect value',
    'een regel voor een getypeerde dimensie heeft geen bronaspectwaarde',
  ],
  'xbrlfe:missingSAVForUnitRule': [
    'a unit rule has no source aspect value',
    'een unitregel heeft geen bronaspectwaarde',
  ],
  'xbrlfe:missingUnitRule': [
    'a numeric output fact has no unit rule and no source for the unit',
    'een numeriek uitvoerfeit heeft geen unitregel en geen bron voor de unit',
  ],
  'xbrlfe:nonSingletonOutputValue': [
    'the value expression of a formula gives more than one item',
    'de waarde-expressie van een formule levert meer dan één item op',
  ],
  'xbrlfe:nonexistentSourceVariable': [
    'a formula names a source variable that does not exist',
    'een formule noemt een bronvariabele die niet bestaat',
  ],
  'xbrlfe:sequenceSAVConflicts': [
    'a source of a formula is bound as a sequence, so its aspect values conflict',
    'een bron van een formule is als reeks gebonden, waardoor de aspectwaarden ervan strijdig zijn',
  ],
  'xbrlfe:undefinedSAV': [
    'an aspect of the output fact has no value',
    'een aspect van het uitvoerfeit heeft geen waarde',
  ],
  'xbrlfe:unrecognisedAspectRule': ['an aspect rule is not recognised', 'een aspectregel wordt niet herkend'],
  'xbrlfe:wrongXpathResultForTypedDimensionRule': [
    'the expression of a typed dimension rule does not give one element',
    'de expressie van een regel voor een getypeerde dimensie levert niet één element op',
  ],
  'xbrlcae:acceptanceRadiusConflict': [
    'a consistency assertion has both an absolute and a proportional acceptance radius',
    'een consistentie-assertie heeft zowel een absolute als een proportionele acceptatiestraal',
  ],
  'xbrlcae:variablesNotAllowed': [
    'the acceptance radius of a consistency assertion refers to a variable',
    'de acceptatiestraal van een consistentie-assertie verwijst naar een variabele',
  ],
  'xbrleae:variableReferenceNotAllowed': [
    'the test of an existence assertion refers to a fact variable',
    'de test van een existentie-assertie verwijst naar een feitvariabele',
  ],
  'seve:assertionSeveritySourceError': [
    'an assertion-unsatisfied-severity relationship does not start at an assertion',
    'een relatie assertion-unsatisfied-severity begint niet bij een assertie',
  ],
  'seve:assertionSeverityTargetError': [
    'an assertion-unsatisfied-severity relationship does not end at a severity',
    'een relatie assertion-unsatisfied-severity eindigt niet bij een ernst (severity)',
  ],
  'seve:multipleSeveritiesForAssertionError': [
    'an assertion has more than one severity',
    'een assertie heeft meer dan één ernst (severity)',
  ],
  'xbrlmsge:missingLeftCurlyBracketInMessage': [
    'a message has a right curly bracket without a left one',
    'een melding bevat een sluitende accolade zonder openende',
  ],
  'xbrlmsge:missingRightCurlyBracketInMessage': [
    'a message has a left curly bracket without a right one',
    'een melding bevat een openende accolade zonder sluitende',
  ],
  'xbrlcfie:inputMismatch': [
    'the inputs of a custom function implementation do not match its signature',
    'de invoer van een implementatie van een eigen functie past niet bij de signatuur',
  ],
  'xbrlcfie:missingCFIRelationship': [
    'a custom function signature has no implementation',
    'een signatuur van een eigen functie heeft geen implementatie',
  ],
  'xbrlcfie:tooManyCFIRelationships': [
    'a custom function signature has more than one implementation',
    'een signatuur van een eigen functie heeft meer dan één implementatie',
  ],
  'xfie:InvalidConceptRelationParameters': [
    'the parameters of a relationship function are not valid',
    'de parameters van een relatiefunctie zijn niet geldig',
  ],
  'xfie:NodesNotSameLength': ['the node sequences differ in length', 'de knoopreeksen verschillen in lengte'],
  'xfie:PeriodIsForever': ['the period is forever', 'de periode is forever'],
  'xfie:PeriodIsNotInstant': ['the period is not an instant', 'de periode is geen instant'],
  'xfie:invalidConceptQName': [
    'the QName is not that of a concept of the DTS',
    'de QName is niet die van een concept van de DTS',
  ],
  'xfie:invalidDimensionQName': [
    'the QName is not that of a dimension of the DTS',
    'de QName is niet die van een dimensie van de DTS',
  ],
  'xfie:noContext': ['the fact has no context', 'het feit heeft geen context'],
  'xfie:noInstance': ['there is no instance being processed', 'er wordt geen instance verwerkt'],
  'xffe:invalidFunctionUse': [
    'the function is used outside a variable-set evaluation',
    'de functie wordt gebruikt buiten de evaluatie van een variabelenset',
  ],
  'sbr:formulaFailed': ['the evaluation failed', 'de evaluatie is mislukt'],
  'sbr:formulaFilterUnsupported': [
    'the filter is not supported by this processor',
    'het filter wordt door deze validator niet ondersteund',
  ],
  'sbr:xpathDepthLimit': [
    "the expression nests deeper than this processor's limit",
    'de expressie is dieper genest dan de grens van deze validator',
  ],
  'sbr:xpathSequenceLimit': [
    "a sequence is longer than this processor's limit",
    'een reeks is langer dan de grens van deze validator',
  ],
  'sbr:xpathStepLimit': [
    "the evaluation takes more steps than this processor's limit",
    'de evaluatie vraagt meer stappen dan de grens van deze validator',
  ],
  // XPath 2.0 and XQuery 1.0 and XPath 2.0 Functions and Operators (W3C), appendix "Error conditions"
  'err:FOAR0001': ['division by zero', 'deling door nul'],
  'err:FOAR0002': ['numeric operation overflow/underflow', 'overloop of onderloop bij een numerieke bewerking'],
  'err:FOCA0002': ['invalid lexical value', 'ongeldige lexicale waarde'],
  'err:FOCA0005': ['NaN supplied as float/double value', 'NaN opgegeven als float- of double-waarde'],
  'err:FOCH0001': ['code point not valid', 'ongeldig codepunt'],
  'err:FOCH0002': ['unsupported collation', 'niet-ondersteunde collatie'],
  'err:FOCH0003': ['unsupported normalization form', 'niet-ondersteunde normalisatievorm'],
  'err:FODC0001': ['no context document', 'geen contextdocument'],
  'err:FODC0002': ['error retrieving resource', 'fout bij het ophalen van een document'],
  'err:FODC0005': ['invalid argument to fn:doc', 'ongeldig argument voor fn:doc'],
  'err:FODT0001': ['overflow/underflow in date/time operation', 'overloop of onderloop bij een datum-/tijdbewerking'],
  'err:FODT0002': ['overflow/underflow in duration operation', 'overloop of onderloop bij een duurbewerking'],
  'err:FODT0003': ['invalid timezone value', 'ongeldige tijdzone'],
  'err:FONS0004': ['no namespace found for prefix', 'geen namespace gevonden voor het prefix'],
  'err:FONS0005': ['base-uri not defined in the static context', 'basis-URI niet gedefinieerd in de statische context'],
  'err:FORG0001': ['invalid value for cast/constructor', 'ongeldige waarde voor cast of constructor'],
  'err:FORG0002': ['invalid argument to fn:resolve-uri()', 'ongeldig argument voor fn:resolve-uri()'],
  'err:FORG0003': [
    'fn:zero-or-one called with a sequence containing more than one item',
    'fn:zero-or-one aangeroepen met een reeks van meer dan één item',
  ],
  'err:FORG0004': [
    'fn:one-or-more called with a sequence containing no items',
    'fn:one-or-more aangeroepen met een lege reeks',
  ],
  'err:FORG0005': [
    'fn:exactly-one called with a sequence containing zero or more than one item',
    'fn:exactly-one aangeroepen met een reeks van nul of meer dan één item',
  ],
  'err:FORG0006': ['invalid argument type', 'ongeldig argumenttype'],
  'err:FORG0008': [
    'both arguments to fn:dateTime have a specified timezone',
    'beide argumenten van fn:dateTime hebben een tijdzone',
  ],
  'err:FORX0001': ['invalid regular expression flags', 'ongeldige vlaggen van een reguliere expressie'],
  'err:FORX0002': ['invalid regular expression', 'ongeldige reguliere expressie'],
  'err:FORX0003': [
    'regular expression matches zero-length string',
    'de reguliere expressie past op een lege tekenreeks',
  ],
  'err:FORX0004': ['invalid replacement string', 'ongeldige vervangende tekenreeks'],
  'err:FOTY0012': ['argument node does not have a typed value', 'de argumentknoop heeft geen getypeerde waarde'],
  'err:LOCAL': ['an error raised by fn:error in the expression', 'een fout die de expressie zelf met fn:error meldt'],
  'err:XPDY0002': [
    'the context item (or another part of the dynamic context) is undefined',
    'het contextitem (of een ander deel van de dynamische context) is niet gedefinieerd',
  ],
  'err:XPDY0050': [
    'the dynamic type does not match the required type of treat as',
    'het dynamische type past niet bij het vereiste type van treat as',
  ],
  'err:XPST0003': [
    'the expression is not valid XPath 2.0 (syntax error)',
    'de expressie is geen geldige XPath 2.0 (syntaxfout)',
  ],
  'err:XPST0008': [
    'the expression refers to an undeclared variable or name',
    'de expressie verwijst naar een niet-gedeclareerde variabele of naam',
  ],
  'err:XPST0010': ['an unsupported axis is used', 'er wordt een niet-ondersteunde as gebruikt'],
  'err:XPST0017': [
    'a function is unknown or called with the wrong number of arguments',
    'een functie is onbekend of wordt aangeroepen met een onjuist aantal argumenten',
  ],
  'err:XPST0051': ['an atomic type is unknown', 'een atomair type is onbekend'],
  'err:XPST0080': ['a cast to xs:NOTATION or xs:anyAtomicType', 'een cast naar xs:NOTATION of xs:anyAtomicType'],
  'err:XPST0081': ['a namespace prefix is not declared', 'een namespaceprefix is niet gedeclareerd'],
  'err:XPTY0004': [
    'a value does not have the type the operation requires',
    'een waarde heeft niet het type dat de bewerking vereist',
  ],
  'err:XPTY0018': [
    'the last step of a path gives both nodes and atomic values',
    'de laatste stap van een pad levert zowel knopen als atomaire waarden op',
  ],
  'err:XPTY0019': ['a step of a path does not give nodes', 'een stap van een pad levert geen knopen op'],
  'err:XPTY0020': ['the context item of an axis step is not a node', 'het contextitem van een asstap is geen knoop'],
};

/** What was evaluated when a dynamic error arose (evaluate.ts). */
export type WhatParam = {
  kind: 'parameter' | 'assertion' | 'formula' | 'consistency';
  id: string;
};
const WHAT_EN: Record<WhatParam['kind'], string> = {
  parameter: 'the parameter',
  assertion: 'the assertion',
  formula: 'the formula',
  consistency: 'the consistency assertion',
};
const WHAT_NL: Record<WhatParam['kind'], string> = {
  parameter: 'de parameter',
  assertion: 'de assertie',
  formula: 'de formule',
  consistency: 'de consistentie-assertie',
};
export const whatEn = (w: WhatParam) => `${WHAT_EN[w.kind]} ${w.id}`.trim();

/** English: the check's or the XPath engine's own message, as before (`Evaluating <what> failed: ...` when dynamic). */
const formulaEn: Template = (p) => (p['what'] ? `Evaluating ${whatEn(p['what'])} failed: ${p['detail']}` : p['detail']);

/** Dutch: the code's meaning, what was evaluated or which resource, then the specific detail (names, expressions). */
const formulaNl =
  (meaning: string): Template =>
  (p) => {
    const m = meaning.charAt(0).toUpperCase() + meaning.slice(1);
    if (p['what']) {
      const w = p['what'] as WhatParam;
      return `Bij het evalueren van ${`${WHAT_NL[w.kind]} ${w.id}`.trim()} is een fout opgetreden: ${meaning} (${p['detail']})`;
    }
    const at = p['element'] ? ` (${p['element']}${p['label'] ? ` '${p['label']}'` : ''})` : '';
    return `${m}${at}: ${p['detail']}`;
  };

export const enFormula: Catalog = Object.fromEntries(Object.keys(FORMULA_MEANINGS).map((c) => [c, formulaEn]));
export const nlFormula: Catalog = Object.fromEntries(
  Object.entries(FORMULA_MEANINGS).map(([c, [, nl]]) => [c, formulaNl(nl)]),
);
