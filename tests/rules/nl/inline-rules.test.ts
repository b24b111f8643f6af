/**
 * One test per NL-KVK rule: its failing fixture (fixtures/nl/inline/fail*, each violation marked with the rule in a
 * comment) reports the rule's code, its passing fixture does not. The rules run on the fixtures directly
 * (inline-helper.ts), the pipeline is not involved.
 */
import { describe, expect, it } from 'vitest';
import { finding } from '../../../src/findings.js';
import { kvk8111, MAX_PACKAGE_BYTES } from '../../../src/rules/nl/inline/kvk-8-1-1-1.js';
import { inlineRules } from '../../../src/rules/nl/inline/index.js';
import { kvk371 } from '../../../src/rules/nl/inline/kvk-3-7-1.js';
import { kvk3711 } from '../../../src/rules/nl/inline/kvk-3-7-1-1.js';
import { kvk3712 } from '../../../src/rules/nl/inline/kvk-3-7-1-2.js';
import type { InlineContext, InlineRule } from '../../../src/rules/nl/types.js';
import { nlFindings } from './inline-helper.js';

const P24 = 'nl-inline-2024';
const OTHER24 = 'nl-inline-2024-gaap-other';
const P25 = 'nl-inline-2025';
const OTHER25 = 'nl-inline-2025-gaap-other-preview';
const MULTI = 'nl-inline-multi-target';
const K = 'NL.NL-KVK';

/** code, failing fixture and profile, passing fixture and profile */
const CASES: [string, string, string, string, string][] = [
  ['NL.NL-KVK-RTS_Annex_IV_Par_2_G3-1-1_1.invalidIdentifierFormat', 'fail', P24, 'pass', P24],
  ['NL.NL-KVK-RTS_Annex_IV_Par_2_G3-1-1_2.invalidIdentifier', 'fail', P24, 'pass', P24],
  ['NL.NL-KVK-3.1.2.1.periodWithTimeContent', 'fail', P24, 'pass', P24],
  ['NL.NL-KVK-3.1.2.2.periodWithTimeZone', 'fail', P24, 'pass', P24],
  ['NL.NL-KVK-3.1.3.1.segmentUsed', 'fail', P24, 'pass', P24],
  ['NL.NL-KVK-3.1.3.2.scenarioContainsNotAllowedContent', 'fail', P24, 'pass', P24],
  ['NL.NL-KVK-RTS_Annex_IV_Par_1_G3-1-4_1.multipleIdentifiers', 'fail', P24, 'pass', P24],
  ['NL.NL-KVK-RTS_Annex_IV_Par_1_G3-1-4_2.nonIdenticalIdentifier', 'fail', P24, 'pass', P24],
  ['NL.NL-KVK-3.2.1.1.precisionAttributeUsed', 'fail', P24, 'pass', P24],
  [`${K}.3.2.3.1.incorrectTransformationRuleApplied`, 'fail', P24, 'pass', P24],
  [`${K}.3.2.4.1.inconsistentDuplicateNumericFactInInlineXbrlDocument`, 'fail', P24, 'pass', P24],
  [`${K}.3.2.4.2.inconsistentDuplicateNonnumericFactInInlineXbrlDocument`, 'fail', P24, 'pass', P24],
  [`${K}.3.2.7.1.improperApplicationOfEscapeAttribute`, 'fail', P24, 'pass', P24],
  [`${K}.3.2.8.1`, 'fail', P24, 'pass', P24],
  [`${K}.3.3.1.1.unusedFootnote`, 'fail', P24, 'pass', P24],
  [`${K}.3.3.1.2.footnoteInLanguagesOtherThanLanguageOfContentOfAnyTextualFact`, 'fail', P24, 'pass', P24],
  [`${K}.3.3.1.3.footnoteOnlyInLanguagesOtherThanLanguageOfAReport`, 'fail', P24, 'pass', P24],
  [`${K}.3.4.1.1.tupleElementUsed`, 'fail', P24, 'pass', P24],
  [`${K}.3.4.1.2.fractionElementUsed`, 'fail', P24, 'pass', P24],
  [`${K}.3.4.1.3.transformableElementIncludedInHiddenSection`, 'fail', P24, 'pass', P24],
  [`${K}.3.4.1.4.factInHiddenSectionNotInReport`, 'fail', P24, 'pass', P24],
  [`${K}.3.4.1.5.kvkIxHiddenStyleNotLinkingFactInHiddenSection`, 'fail', P24, 'pass', P24],
  [`${K}.3.4.2.1.htmlOrXmlBaseUsed`, 'fail', P24, 'pass', P24],
  [`${K}.3.5.1.1.executableCodePresent`, 'fail', P24, 'pass', P24],
  [`${K}.3.5.1.2.imageFormatNotSupported`, 'fail', P24, 'pass', P24],
  [`${K}.3.5.1.referencesPointingOutsideOfTheReportingPackagePresent`, 'fail', P24, 'pass', P24],
  [`${K}.3.5.2.1.undefinedLanguageForTextFact`, 'fail', P24, 'pass', P24],
  [`${K}.3.5.2.2.taggedTextFactOnlyInLanguagesOtherThanLanguageOfAReport`, 'fail', P24, 'pass', P24],
  [`${K}.3.5.2.3.invalidLanguageAttribute`, 'fail', P24, 'pass', P24],
  [`${K}.3.5.3.1.defaultTargetAttributeNotUsed`, 'fail-target.xhtml', P24, 'pass', P24],
  [`${K}.3.5.4.1.displayNoneUsedToHideTaggedFacts`, 'fail', P24, 'pass', P24],
  [`${K}.3.6.3.1.baseComponentInDocumentNameExceedsTwentyCharacters`, 'fail', P24, 'pass', P24],
  [`${K}.3.6.3.2.documentNameDoesNotFollowNamingConvention`, 'fail', P24, 'pass', P24],
  [`${K}.3.6.3.3.documentFileNameIncludesCharactersNotAllowed`, 'fail', P24, 'pass', P24],
  [`${K}.3.6.3.4.kvkFilingDocumentNameDoesNotFollowNamingConvention`, 'fail-2025', P25, 'pass', P25],
  [`${K}.3.6.3.5.elementsReferencedInKvkFilingDocumentNotLimitedToMandatoryElements`, 'fail-2025', P25, 'pass', P25],
  [
    `${K}.3.6.3.6.dimensionalContextOrMultipleNonDimensionalContextsReportedInKvkFilingDocument`,
    'fail-2025',
    P25,
    'pass',
    P25,
  ],
  [`${K}.3.6.3.7.unitsReportedInKvkFilingDocument`, 'fail-2025', P25, 'pass', P25],
  [`${K}.prohibitedUseOfDimensions`, 'fail', P24, 'pass', P24],
  [`${K}.4.1.1.1.extensionTaxonomyWrongFilesStructure`, 'fail-structure', P24, 'pass', P24],
  [`${K}.4.1.1.2.linkbasesNotSeparateFiles`, 'fail', P24, 'pass', P24],
  [`${K}.4.1.2.1.requiredEntryPointNotImported`, 'fail-target.xhtml', P24, 'pass', P24],
  [`${K}.4.1.2.2.incorrectKvkTaxonomyVersionUsed`, 'fail-structure', P24, 'pass', P24],
  [`${K}.4.1.5.1.baseComponentInNameOfTaxonomyFileExceedsTwentyCharacters`, 'fail-structure', P24, 'pass', P24],
  [`${K}.4.1.5.2.extensionTaxonomyDocumentNameDoesNotFollowNamingConvention`, 'fail-structure', P24, 'pass', P24],
  [`${K}.4.2.0.1.tupleElementUsed`, 'fail', P24, 'pass', P24],
  [`${K}.4.2.0.2.fractionElementUsed`, 'fail', P24, 'pass', P24],
  [`${K}.4.2.1.1.scenarioNotUsedInExtensionTaxonomy`, 'fail', P24, 'pass', P24],
  [`${K}.4.2.2.2.domainMemberWrongDataType`, 'fail', P24, 'pass', P24],
  [`${K}.4.2.3.1.typedDimensionDefinitionInExtensionTaxonomy`, 'fail', P24, 'pass', P24],
  [`${K}.4.3.1.1.unexpectedAnchoringRelationshipsDefinedUsingWiderNarrowerArcrole`, 'fail', P24, 'pass', P24],
  [`${K}.4.3.1.2.incompatibleDataTypeAnchoringRelationship`, 'fail', P25, 'pass', P25],
  [
    `${K}.4.3.2.1.anchoringRelationshipsForConceptsDefinedInElrContainingDimensionalRelationships`,
    'fail',
    P24,
    'pass',
    P24,
  ],
  [`${K}.4.4.1.1.incorrectSummationItemArcroleUsed`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.2.1.notAllArcroleUsedInDefinitionLinkbase`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.2.2.openPositiveHypercubeInDefinitionLinkbase`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.2.3.closedNegativeHypercubeInDefinitionLinkbase`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.2.4.extensionTaxonomyLineItemNotLinkedToAnyHypercube`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.2.5.extensionTaxonomyLineItemNotLinkedToDesignatedPlaceholder`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.3.1.extensionTaxonomyOverridesDefaultMembers`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.2.3.extensionTaxonomyDimensionNotAssignedDefaultMemberInDedicatedPlaceholder`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.4.1.missingPreferredLabelRole`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.5.1.taxonomyElementLabelCustomRole`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.5.2.taxonomyElementDuplicateLabels`, 'fail', P24, 'pass', P24],
  [`${K}.4.4.6.1.usableConceptsNotAppliedByTaggedFacts`, 'fail', P24, 'pass', P24],
  [`${K}.5.1.3.1.requiredEntryPointOtherGaapNotReferenced`, 'fail-target.xhtml', OTHER24, 'pass-other.xhtml', OTHER24],
  [
    `${K}.5.1.3.2.incorrectVersionEntryPointOtherGaapReferenced`,
    'fail-structure',
    OTHER24,
    'pass-other.xhtml',
    OTHER24,
  ],
  [`${K}.5.1.3.1.requiredEntryPointOtherNotReferenced`, 'fail-target.xhtml', OTHER25, 'pass-other.xhtml', OTHER25],
  [`${K}.5.1.3.2.incorrectVersionEntryPointOtherReferenced`, 'fail-structure', OTHER25, 'pass-other.xhtml', OTHER25],
  [`${K}.6.1.3.1.requiredEntryPointOtherNotReferenced`, 'fail-target.xhtml', MULTI, 'pass-multi.xhtml', MULTI],
  [`${K}.6.1.3.2.incorrectVersionEntryPointOtherReferenced`, 'fail-structure', MULTI, 'pass-multi.xhtml', MULTI],
  [`${K}.6.1.3.3.requiredTargetAttributeNotUsed`, 'fail-2025', MULTI, 'pass-multi.xhtml', MULTI],
  [`${K}.6.1.3.4.kvkFilingDocumentNameDoesNotFollowNamingConvention`, 'fail-2025', MULTI, 'pass-multi.xhtml', MULTI],
  [`${K}.7.1.4.2.reportedConcept403NotExpected`, 'fail', OTHER24, 'pass', OTHER24],
  [`${K}.7.2.1.2.reportedConcept408NotExpected`, 'fail', OTHER24, 'pass', OTHER24],
  [`${K}.RTS_Annex_II_Par_1_RTS_Annex_IV_par_7.missingRelevantPlaceholder`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_11_G4-2-2_1.customTypeAlreadyDefinedByXbrl`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_4_1.extensionElementDuplicatesCoreElement`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_4_2.monetaryConceptWithoutBalance`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_4_3.extensionConceptNoLabel`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_4_3.extensionConceptNoStandardLabel`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_4_3.missingLabelForRoleInReportLanguage`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_5.usableConceptsNotIncludedInPresentationLink`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_5.usableConceptsNotIncludedInDefinitionLink`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_6.extensionTaxonomyWrongFilesStructure`, 'fail-structure', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_8_G4-4-5.coreTaxonomyLabelModification`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_8_G4-4-5.coreTaxonomyReferenceModification`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Annex_IV_Par_9_Par_10.extensionConceptsNotAnchored`, 'fail', P24, 'pass', P24],
  [`${K}.RTS_Art_3.htmlDoctype`, 'fail-doctype.xhtml', P24, 'pass', P24],
  [`${K}.RTS_Art_3.xhtmlDoctype`, 'fail-xhtml-doctype.xhtml', P24, 'pass', P24],
  [`${K}.RTS_Art_6_a.noInlineXbrlTags`, 'fail', P24, 'pass', P24],
];

describe('NL-KVK rules: failing and passing fixture per rule', () => {
  it.each(CASES)(
    '%s',
    async (code, failFixture, failProfile, passFixture, passProfile) => {
      const failing = await nlFindings(failFixture, failProfile);
      const passing = await nlFindings(passFixture, passProfile);
      expect(failing.filter((f) => f.code === code).length).toBeGreaterThan(0);
      expect(passing.filter((f) => f.code === code)).toEqual([]);
      for (const f of failing.filter((x) => x.code === code)) {
        expect(f.file).not.toBe('');
        expect(f.message.length).toBeGreaterThan(30);
      }
    },
    30_000,
  );

  it('every rule code of the registry has a case (the formula info and package size are tested below)', () => {
    const tested = new Set(CASES.map((c) => c[0]));
    const registry = inlineRules.flatMap((r) => [r.code, ...Object.keys(r.others ?? {})]);
    const untested = registry.filter((c) => !tested.has(c) && c !== kvk8111.code && !c.startsWith('NL.NL-KVK.3.7.1'));
    expect(untested).toEqual([]);
  });

  it('NL-KVK.3.7.1.1/.2: one info finding says the formula assertions were not evaluated', async () => {
    const f = (await nlFindings('pass', P24)).filter((x) => x.code.startsWith('NL.NL-KVK.3.7.1'));
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
  });

  it('NL-KVK.3.7.1.1/.2: unsatisfied formula assertions of error and warning severity, once each', () => {
    const out: { code: string; severity: string; message: string }[] = [];
    const f = (code: string, severity: 'error' | 'warning') =>
      finding(code, severity, 'x', { file: 'r.xhtml', line: 3 });
    const ctx = (rule: InlineRule) =>
      ({
        location: 'p',
        formula: {
          ran: true,
          findings: [
            f('formula:eq1', 'error'),
            f('formula:eq1', 'error'),
            f('formula:eq2', 'error'),
            f('formula:w1', 'warning'),
          ],
        },
        report: (p: Record<string, string | number>, _loc: unknown, code?: string, severity?: string) =>
          out.push({
            code: code ?? rule.code,
            severity: severity ?? rule.severity,
            message: (code ? rule.others![code]! : rule.message).en(p),
          }),
      }) as unknown as InlineContext;
    // the notice (kvk371) stays silent when the assertions ran; 3.7.1.1 and 3.7.1.2 report one finding each
    for (const rule of [kvk371, kvk3711, kvk3712]) rule.check(ctx(rule));
    expect(out).toEqual([
      {
        code: 'NL.NL-KVK.3.7.1.1.targetXBRLDocumentWithFormulaErrors',
        severity: 'error',
        message:
          '2 formula assertion(s) of error severity are not satisfied (eq1, eq2); correct the facts they name (see the formula: findings)',
      },
      {
        code: 'NL.NL-KVK.3.7.1.2.targetXBRLDocumentWithFormulaWarnings',
        severity: 'warning',
        message:
          '1 formula assertion(s) of warning severity are not satisfied (w1); check the facts they name (see the formula: findings)',
      },
    ]);
  });

  it('the passing package has no other NL finding', async () => {
    expect((await nlFindings('pass', P24)).map((f) => f.code)).toEqual(['NL.NL-KVK.3.7.1.formulaNotEvaluated']);
  });

  it('messages in Dutch with --lang nl', async () => {
    const { runInlineProfile } = await import('../../../src/rules/nl/inline/run.js');
    const { findProfile } = await import('../../../src/rules/nl/profiles.js');
    const { FIXTURES } = await import('./inline-helper.js');
    const f = runInlineProfile(findProfile(P24)!, `${FIXTURES}/fail-doctype.xhtml`, [], 'nl').find(
      (x) => x.code === `${K}.RTS_Art_3.htmlDoctype`,
    )!;
    expect(f.message).toContain('deponeer het jaarverslag als XHTML');
  });

  it('NL-KVK.8.1.1.1: a package over 100 MB is refused, one of 100 MB is not', () => {
    const run = (size: number) => {
      const out: string[] = [];
      kvk8111.check({
        packageSize: size,
        location: 'p.zip',
        report: (p: Record<string, string | number>) => out.push(kvk8111.message.en(p)),
      } as unknown as InlineContext);
      return out;
    };
    expect(run(MAX_PACKAGE_BYTES + 1)).toEqual([
      'The report package is 100.0 MB; the limit is 100 MB (compress or reduce the images)',
    ]);
    expect(run(MAX_PACKAGE_BYTES)).toEqual([]);
    void finding;
  });
});
