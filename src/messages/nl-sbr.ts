/**
 * Nederlandse meldingen (Dutch) of the codes of en-sbr.ts, rendering the same params; spread into nl.ts. Register: that
 * of the messages of KvK and Belastingdienst (formal, precise, "u" where the reader is addressed).
 */
import type { Catalog } from './index.js';

export const nlSbr: Catalog = {
  'ix11.10.1.1:nonFractionNilContent': (p) =>
    `De ix:nonFraction ${p.concept} is nil (xsi:nil="true") en moet leeg zijn, maar heeft inhoud`,
  'ix11.10.1.2:nestedNonFractionIsNil': (p) =>
    `De ix:nonFraction ${p.concept} is nil (xsi:nil="true"), maar staat binnen de ix:nonFraction ${p.outer}; een geneste ix:nonFraction kan niet nil zijn`,
  'ix11.10.1.2:nestedNonFractionProperties': (p) =>
    `De ix:nonFraction ${p.concept}, genest in ${p.outer}, moet dezelfde format, scale en unitRef hebben als die, maar ` +
    (p.attributes as { name: string; inner: string; outer: string }[])
      .map(
        (a) =>
          `de ${a.name} ervan is ${a.inner ? `"${a.inner}"` : 'afwezig'} en die van de buitenste ${a.outer ? `"${a.outer}"` : 'afwezig'}`,
      )
      .join('; '),
  'sbr:documentWithoutInlineXbrl': (p) =>
    `${p.file} is een van de ${p.documents} documenten van de Inline XBRL-documentset, maar bevat geen Inline XBRL-opmaak (geen element in de namespace ${p.namespace}); het levert geen feiten aan het rapport. De overige documenten van de set worden gevalideerd`,
};
