/**
 * Dutch message catalog (Nederlands), keyed by finding code with the parameters of the English shape (en.ts). Numbers
 * in the parameters are written the Dutch way (17.500, 1.234,56) when the message is rendered (index.ts).
 */
export const nl: Record<string, string> = {
  'xbrl.5.2.5.2:calcInconsistency':
    "{sum} = {reported}, maar de som van de {count} onderliggende posten is {computed} ({items}) in context '{context}' (ELR {elr})",
  'xbrl.4.7.2:contextPeriodType': "{concept} is {expected}concept, maar context '{context}' heeft {actual}",
  'xbrl.4.6.2:numericUnitRef': '{concept} is numeriek maar heeft geen unitRef',
  'xbrl.4.6.2:nonNumericUnitRef': "{concept} is niet numeriek en mag geen unitRef hebben (het heeft unitRef '{unit}')",
  'xbrl.4.6.3:nonNumericPrecisionDecimals': '{concept} is niet numeriek en mag geen attribuut {attribute} hebben',
  'xbrl.4.6:undeclaredConcept':
    '{concept} wordt als feit gebruikt maar is niet gedeclareerd in de taxonomie (ontbreekt het schema dat {qname} declareert in de DTS?)',
  'xbrl.4.7.3.1:entityIdentifier':
    "Context '{context}' heeft geen entiteit-identificatie (xbrli:identifier is verplicht)",
  'xbrl.5.1.1:itemType':
    'Het item {concept} heeft type {type}, dat niet is afgeleid van een XBRL-itemtype (xbrli:*ItemType)',
  'xmlSchema:valueError': "{concept} heeft de waarde '{value}', die niet geldig is: {reason}",
  'xbrldie:PrimaryItemDimensionallyInvalidError': 'Feit {concept} in context {context} is dimensioneel ongeldig{why}',
  'sbr:documentNotFound': 'Het document {url} is niet gevonden ({where})',
  'sbr:entryPointNotFound': 'Het document {url} is niet gevonden ({where})',
  'sbr:notChecked':
    'Omdat {cause}, konden {what} niet worden gecontroleerd: de {count} die daaruit volgen ({codes}) worden niet gemeld. Voeg het ontbrekende document toe en valideer opnieuw',
  'sbr:notXml':
    '{file} is een JSON-document, geen XML: een XBRL-instance is een XML-document met het root-element xbrli:xbrl',
  'sbr:notInlineXbrl': '{file} bevat geen Inline XBRL: {rest}',
  'sbr:unknownDocument':
    '{file} is geen XBRL-instance (xbrli:xbrl) en geen taxonomieschema of linkbase (het root-element is {root})',
  'sbr:fileNotFound': 'Het bestand {file} bestaat niet',
  'sbr:langUnavailable':
    'Er zijn geen meldingen in de taal "{lang}"; de meldingen zijn in het Engels (talen: {languages})',
};

/** Dutch words for English parameter values that are words, not names (periods, counts, items). */
export const nlWords: [RegExp, string][] = [
  [/^an instant$/, 'een instant-'],
  [/^a duration$/, 'een duur-'],
  [/^an instant period \((.+)\)$/, 'een instant-periode ($1)'],
  [/^a duration period \((.+) to (.+)\)$/, 'een periode van $1 tot $2'],
  [/^(\d[\d,]*) findings?$/, '$1 meldingen'],
  [/^(.+) is missing$/, '$1 ontbreekt'],
  [/^of the (.+) missing documents? above$/, 'de $1 hierboven genoemde documenten ontbreken'],
];
