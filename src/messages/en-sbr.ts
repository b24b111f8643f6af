/**
 * English messages of this processor's own codes (`sbr:`), the report and taxonomy package codes (`rpe:`, `tpe:`),
 * the formula families (`xbrlfe:`, `xbrlve:`, `xbrlcae:`, `xbrleae:`, `seve:`, `oime:`) and XPath's `err:` codes,
 * keyed by finding code; spread into en.ts. The params of each code are in the comment above its entry; nl-sbr.ts
 * renders the same params in Dutch. Where a rule gave a message before, the rendering here is that message.
 */
import type { Catalog } from './index.js';

export const enSbr: Catalog = {
  // ---- Inline XBRL 1.1 section 10.1 (src/ixbrl/extract.ts), issue 11 item 10
  // {concept}
  'ix11.10.1.1:nonFractionNilContent': (p) =>
    `The ix:nonFraction ${p.concept} is nil (xsi:nil="true") and must be empty, but it has content`,
  // {concept, outer}
  'ix11.10.1.2:nestedNonFractionIsNil': (p) =>
    `The ix:nonFraction ${p.concept} is nil (xsi:nil="true") but lies inside the ix:nonFraction ${p.outer}; a nested ix:nonFraction cannot be nil`,
  // {concept, outer, attributes: {name, inner, outer}[]}
  'ix11.10.1.2:nestedNonFractionProperties': (p) =>
    `The ix:nonFraction ${p.concept} nested in ${p.outer} must have the same format, scale and unitRef as it, but ` +
    (p.attributes as { name: string; inner: string; outer: string }[])
      .map(
        (a) =>
          `its ${a.name} is ${a.inner ? `"${a.inner}"` : 'absent'} and the outer one's ${a.outer ? `"${a.outer}"` : 'absent'}`,
      )
      .join('; '),
  // {file, namespace, documents}
  'sbr:documentWithoutInlineXbrl': (p) =>
    `${p.file} is one of the ${p.documents} documents of the Inline XBRL document set but holds no Inline XBRL markup (no element in the namespace ${p.namespace}); it is not part of the report's facts. The other documents of the set are validated`,
};
