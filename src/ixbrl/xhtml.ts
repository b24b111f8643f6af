/**
 * XHTML documents for Inline XBRL, parsed by the project's one XML parser (src/xml/parse.ts `parseMixed`: saxes,
 * positions, the same refusals) into a tree that keeps mixed content in document order (text nodes between child
 * elements), which Inline XBRL needs for the value of ix:nonNumeric / ix:footnote / ix:continuation and for
 * `escape="true"` (markup kept in the fact value).
 *
 * Inline XBRL documents are XHTML parsed as XML: only the five predefined entities and character references
 * exist. An HTML named entity such as `&nbsp;` is not defined and is reported as `xml:malformed` with a hint
 * (`&#160;` is the XML way). A DOCTYPE that declares entities is refused (`xml:entityDeclarationRefused`).
 */
import { FatalInputError } from '../findings.js';
import { englishMessage, paramFinding } from '../messages/index.js';
import { parseMixed, type MixedDocument, type MixedElement } from '../xml/parse.js';

/** An element of an XHTML document: src/xml/parse.ts's mixed-content element. */
export type IxElement = MixedElement;

export type IxNode = IxElement | string;

/** An XHTML document: elements by `id` attribute (first occurrence); `duplicateIds` lists later ones. */
export type IxDocument = MixedDocument;

const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 1000;

/**
 * Parses an (X)HTML document as XML, keeping mixed content in order.
 * @throws FatalInputError as parseXml does (`xml:malformed` with a hint for HTML named entities, `xml:encoding`,
 *   `xml:entityDeclarationRefused`, `xml:tooDeep`), and `xml:tooLarge` / `xml:empty` for too large and empty input.
 */
export function parseXhtml(
  source: Uint8Array | string,
  url: string,
  options: { maxBytes?: number; maxDepth?: number } = {},
): IxDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > maxBytes) {
    throw new FatalInputError(
      paramFinding(
        'xml:tooLarge',
        'error',
        { size, limit: maxBytes },
        {
          file: url,
          line: 1,
          column: 1,
        },
      ),
    );
  }
  try {
    // the bytes as they are: parseMixed decodes them piece by piece (no second copy of the whole text)
    return parseMixed(source, url, { maxDepth, maxBytes: Infinity }); // (the size was checked above)
  } catch (e) {
    const f = e instanceof FatalInputError ? e.finding : undefined;
    if (f?.code === 'xml:empty') {
      throw new FatalInputError(
        paramFinding('xml:empty', 'error', { expected: 'XHTML' }, { file: url, line: 1, column: 1 }),
      );
    }
    if (f?.code === 'xml:malformed' && /undefined entity/i.test(f.message)) {
      const params = { ...f.params, xhtmlEntity: true };
      throw new FatalInputError({ ...f, message: englishMessage(f.code, params), params });
    }
    throw e;
  }
}

/** Child elements (not text). */
export function elementChildren(el: IxElement): IxElement[] {
  return el.children.filter((c): c is IxElement => typeof c !== 'string');
}

/** Descendant elements in document order. */
export function* ixDescendants(el: IxElement): Generator<IxElement> {
  const stack: IxElement[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i]!;
    if (typeof c !== 'string') stack.push(c);
  }
  while (stack.length) {
    const e = stack.pop()!;
    yield e;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
}
