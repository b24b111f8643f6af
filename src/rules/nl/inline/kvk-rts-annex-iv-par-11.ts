import type { InlineRule } from '../types.js';
import { schemas } from './ext.js';
import { SPEC_KVK } from './util.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
/** Item types of XBRL 2.1 (section 5.1.1.3) and common types of the Data Types Registry. */
const KNOWN = new Set([
  'decimalItemType',
  'floatItemType',
  'doubleItemType',
  'integerItemType',
  'nonPositiveIntegerItemType',
  'negativeIntegerItemType',
  'longItemType',
  'intItemType',
  'shortItemType',
  'byteItemType',
  'nonNegativeIntegerItemType',
  'unsignedLongItemType',
  'unsignedIntItemType',
  'unsignedShortItemType',
  'unsignedByteItemType',
  'positiveIntegerItemType',
  'monetaryItemType',
  'sharesItemType',
  'pureItemType',
  'fractionItemType',
  'stringItemType',
  'booleanItemType',
  'hexBinaryItemType',
  'base64BinaryItemType',
  'anyURIItemType',
  'QNameItemType',
  'durationItemType',
  'dateTimeItemType',
  'timeItemType',
  'dateItemType',
  'gYearMonthItemType',
  'gYearItemType',
  'gMonthDayItemType',
  'gDayItemType',
  'gMonthItemType',
  'normalizedStringItemType',
  'tokenItemType',
  'languageItemType',
  'NameItemType',
  'NCNameItemType',
  'domainItemType',
  'textBlockItemType',
  'percentItemType',
  'perShareItemType',
  'areaItemType',
  'volumeItemType',
  'massItemType',
  'energyItemType',
  'lengthItemType',
  'memoryItemType',
  'noDecimalsMonetaryItemType',
  'nonNegativeMonetaryItemType',
  'nonNegativeDecimalItemType',
  'xmlNodesItemType',
  'xmlItemType',
  'escapedItemType',
  'prefixedContentItemType',
  'gYearListItemType',
  'enumerationItemType',
  'enumerationSetItemType',
]);

/** NL-KVK.RTS_Annex_IV_Par_11_G4-2-2_1 (NL-GAAP/IFRS): the extension MUST NOT define a type that XBRL 2.1 or the DTR already defines. */
export const kvkRtsAnnexIVPar11: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_11_G4-2-2_1.customTypeAlreadyDefinedByXbrl',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_11_G4-2-2_1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) =>
      `The extension defines the type ${p.name}, which XBRL 2.1 or the Data Types Registry already defines; use the standard type`,
    nl: (p) =>
      `De extensie definieert het type ${p.name}, dat XBRL 2.1 of de Data Types Registry al definieert; gebruik het standaardtype`,
  },
  check(ctx) {
    for (const s of schemas(ctx))
      for (const c of s.doc.root.children) {
        if (
          c.ns === XS &&
          (c.local === 'complexType' || c.local === 'simpleType') &&
          KNOWN.has(c.attrs.get('name') ?? '')
        )
          ctx.report({ name: c.attrs.get('name')! }, { file: s.doc.url, line: c.line, column: c.column });
      }
  },
};
