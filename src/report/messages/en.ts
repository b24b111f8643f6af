/**
 * English message catalog, keyed by finding code. The rules write their messages in English; each entry here is the
 * message's shape with named parameters (`{name}`), which is how the other languages' catalogs (nl.ts) get the
 * parameters of a finding. A code without an entry keeps its English message in every language.
 */
export const en: Record<string, string> = {
  'xbrl.5.2.5.2:calcInconsistency':
    "{sum} = {reported} but the sum of its {count} item(s) is {computed} ({items}) in context '{context}' (ELR {elr})",
  'xbrl.4.7.2:contextPeriodType': "{concept} is {expected} concept but context '{context}' has {actual}",
  'xbrl.4.6.2:numericUnitRef': '{concept} is numeric but has no unitRef',
  'xbrl.4.6.2:nonNumericUnitRef': "{concept} is not numeric and must not have a unitRef (it has unitRef '{unit}')",
  'xbrl.4.6.3:nonNumericPrecisionDecimals': '{concept} is not numeric and must not have a {attribute} attribute',
  'xbrl.4.6:undeclaredConcept':
    '{concept} is used as a fact but is not declared in the taxonomy (is the schema that declares {qname} missing from the DTS?)',
  'xbrl.4.7.3.1:entityIdentifier': "Context '{context}' has no entity identifier (xbrli:identifier is required)",
  'xbrl.5.1.1:itemType':
    'The item {concept} has type {type}, which does not derive from an XBRL item type (xbrli:*ItemType)',
  'xmlSchema:valueError': "{concept} has value '{value}', which is not valid: {reason}",
  'xbrldie:PrimaryItemDimensionallyInvalidError': 'Fact {concept} in context {context} is dimensionally invalid{why}',
  'sbr:documentNotFound': 'Cannot find the document {url} ({where})',
  'sbr:entryPointNotFound': 'Cannot find the document {url} ({where})',
  'sbr:notChecked':
    'Because {cause}, {what} could not be checked: the {count} that follow from it ({codes}) are not reported. Provide the missing document and validate again',
  'sbr:notXml':
    '{file} is a JSON document, not XML: an XBRL instance is an XML document with the root element xbrli:xbrl',
  'sbr:notInlineXbrl': '{file} holds no Inline XBRL: {rest}',
  'sbr:unknownDocument':
    '{file} is neither an XBRL instance (xbrli:xbrl) nor a taxonomy schema or linkbase (its root element is {root})',
  'sbr:fileNotFound': 'The file {file} does not exist',
  'sbr:langUnavailable':
    'There are no messages in the language "{lang}"; messages are in English (languages: {languages})',
};
