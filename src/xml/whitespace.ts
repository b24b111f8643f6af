/**
 * Ignorable whitespace removed from a document's bytes before they are handed to XML Schema validation (libxml2), so
 * that a document padded with whitespace (issue 17: a 100 MB instance that is mostly whitespace) does not cost libxml2
 * a text node, and its input buffers, of that size.
 *
 * Only whitespace that cannot change the outcome of XML Schema validation is removed: a run of whitespace characters
 * (XML 1.0 production [3] S) between two pieces of markup, at least one of which is a child element's tag (the run
 * follows an end tag or an empty-element tag, or precedes a start tag or an empty-element tag). Such a run is
 * character content of an element that has element children: element-only content allows whitespace and ignores it,
 * mixed content constrains no text, and simple content with element children is invalid whatever the whitespace
 * (XML Schema Part 1 section 3.4.4, Element Locally Valid (Complex Type)). Whitespace beside comments, processing
 * instructions and CDATA sections, and the text of elements without element children, are kept as they are.
 *
 * Positions do not move: of a removed run, every line break (CR and LF) is kept, and so is the part after its last
 * line break (the indentation of the next line), so that every line of the result has the line number it has in the
 * original and every character after the run keeps its column. A run without a line break is kept whole.
 *
 * A document with a DOCTYPE declaration is returned unchanged (its internal subset could make the scan wrong), as is
 * one where the saving would be small (see `options`).
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const LF = 0x0a;
const CR = 0x0d;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === LF || b === CR;

/** Kinds of markup around a run of text. */
const NONE = 0;
const START = 1;
const END = 2;
const EMPTY = 3;
const OTHER = 4;

export interface SqueezeOptions {
  /** Documents smaller than this are returned unchanged (default 8 MiB). */
  minBytes?: number;
  /** The result is made only when it removes at least this share of the bytes (default 0.25). */
  minSaving?: number;
  /** Runs shorter than this are kept (default 64 bytes: ordinary indentation is never touched). */
  minRun?: number;
}

function indexOfSequence(bytes: Uint8Array, seq: number[], from: number): number {
  for (let i = from; i <= bytes.length - seq.length; i++) {
    let k = 0;
    while (k < seq.length && bytes[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

const COMMENT_END = [0x2d, 0x2d, GT]; // -->
const CDATA_END = [0x5d, 0x5d, GT]; // ]]>
const PI_END = [QUESTION, GT]; // ?>
const CDATA_START = [LT, BANG, 0x5b, 0x43, 0x44, 0x41, 0x54, 0x41, 0x5b]; // <![CDATA[

/**
 * The document's bytes without ignorable whitespace (see the module comment), or `bytes` itself when nothing is
 * removed. Never throws: a document the scan does not understand (unterminated markup) is returned unchanged, for
 * the XML processor to report.
 */
export function squeezeIgnorableWhitespace(bytes: Uint8Array, options: SqueezeOptions = {}): Uint8Array {
  const minBytes = options.minBytes ?? 8 * 1024 * 1024;
  const minSaving = options.minSaving ?? 0.25;
  const minRun = options.minRun ?? 64;
  if (bytes.length < minBytes) return bytes;
  // [start, end) ranges of the input to drop, found in one scan
  const drops: number[] = [];
  let saved = 0;
  let prev = NONE;
  let textStart = 0; // where the text since the last markup starts
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b !== LT) {
      i++;
      continue;
    }
    // markup at i: classify it and find its end
    let kind: number;
    let end: number; // index after the markup
    const next = bytes[i + 1];
    if (next === BANG) {
      if (bytes[i + 2] === 0x2d && bytes[i + 3] === 0x2d) {
        const e = indexOfSequence(bytes, COMMENT_END, i + 4);
        if (e < 0) return bytes;
        end = e + 3;
      } else if (indexOfSequence(bytes.subarray(i, i + CDATA_START.length), CDATA_START, 0) === 0) {
        const e = indexOfSequence(bytes, CDATA_END, i + CDATA_START.length);
        if (e < 0) return bytes;
        end = e + 3;
      } else return bytes; // <!DOCTYPE (or not well-formed): unchanged
      kind = OTHER;
    } else if (next === QUESTION) {
      const e = indexOfSequence(bytes, PI_END, i + 2);
      if (e < 0) return bytes;
      end = e + 2;
      kind = OTHER;
    } else {
      // a start, end or empty-element tag; attribute values may contain '>'
      let k = i + 1;
      let quote = 0;
      for (; k < n; k++) {
        const c = bytes[k]!;
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === GT) break;
      }
      if (k >= n) return bytes;
      end = k + 1;
      kind = next === SLASH ? END : bytes[k - 1] === SLASH ? EMPTY : START;
    }
    // the text between the previous markup and this one
    if (i > textStart) {
      let allSpace = true;
      for (let t = textStart; t < i; t++)
        if (!isSpace(bytes[t]!)) {
          allSpace = false;
          break;
        }
      const runStart = textStart;
      if (allSpace && i - runStart >= minRun && (prev === END || prev === EMPTY || kind === START || kind === EMPTY)) {
        // keep the line breaks and what follows the last one
        let last = -1;
        for (let t = i - 1; t >= runStart; t--)
          if (bytes[t] === LF || bytes[t] === CR) {
            last = t;
            break;
          }
        if (last >= 0) {
          drops.push(runStart, last + 1);
          for (let t = runStart; t <= last; t++) if (bytes[t] !== LF && bytes[t] !== CR) saved++;
        }
      }
    }
    prev = kind;
    i = end;
    textStart = end;
  }
  if (saved < minSaving * n || saved === 0) return bytes;
  const out = new Uint8Array(n - saved);
  let o = 0;
  let from = 0;
  for (let d = 0; d < drops.length; d += 2) {
    const [s, e] = [drops[d]!, drops[d + 1]!];
    out.set(bytes.subarray(from, s), o);
    o += s - from;
    for (let t = s; t < e; t++) {
      const c = bytes[t]!;
      if (c === LF || c === CR) out[o++] = c;
    }
    from = e;
  }
  out.set(bytes.subarray(from), o);
  return out;
}
