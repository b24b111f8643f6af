/**
 * The part of Node's `Buffer` that the XML Schema modules use (src/xml/schema-prepare.ts, schema-validate.ts,
 * src/ixbrl/xhtml-schema.ts), for the portal bundle: `src/portal/build.ts` injects it as the global `Buffer`, so those
 * modules run unchanged in the Web Worker, as do the NL-KVK rules (src/rules/nl/inline/kvk-3-5-1.ts decodes base64
 * data: URLs). Encodings: `utf8` (the default), `latin1` (ISO-8859-1, one byte per code unit 0-255, as Node writes and
 * reads it) and `base64` (decoding as Node does: characters outside the alphabet are skipped, padding optional).
 * Any other encoding throws: nothing in the bundle asks for one.
 */
const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

type Encoding = 'utf8' | 'utf-8' | 'latin1' | 'binary' | 'base64';

function checkEncoding(e: string | undefined): Encoding {
  const x = (e ?? 'utf8').toLowerCase();
  if (x === 'utf8' || x === 'utf-8' || x === 'latin1' || x === 'binary' || x === 'base64') return x;
  throw new TypeError(`Buffer shim: encoding ${e} is not supported in the portal bundle`);
}

/** The bytes of a `Buffer.from`, with Node's `toString(encoding, start, end)`. */
export class BufferBytes extends Uint8Array {
  /** The bytes `start`..`end` decoded (utf8 replaces malformed sequences with U+FFFD, as Node does). */
  override toString(encoding?: string, start = 0, end = this.length): string {
    const enc = checkEncoding(encoding);
    const bytes = this.subarray(start, end);
    if (enc === 'base64') return btoa(new BufferBytes(bytes).toString('latin1'));
    if (enc === 'latin1' || enc === 'binary') {
      let s = '';
      for (let i = 0; i < bytes.length; i += 8192)
        s += String.fromCharCode(...(bytes.subarray(i, i + 8192) as unknown as number[]));
      return s;
    }
    return utf8Decoder.decode(bytes);
  }
}

export const Buffer = {
  /** A copy of `bytes`, a view of `buffer` (offset and length in bytes), or `text` encoded (utf8, latin1). */
  from(
    value: string | Uint8Array | ArrayBuffer | ArrayLike<number>,
    encodingOrOffset?: string | number,
    length?: number,
  ): BufferBytes {
    if (typeof value === 'string') {
      const enc = checkEncoding(encodingOrOffset as string | undefined);
      if (enc === 'base64') {
        const clean = value.replace(/[^A-Za-z0-9+/]/g, '');
        const bin = atob(clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0)));
        const out = new BufferBytes(bin.length);
        for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
        return out;
      }
      if (enc === 'latin1' || enc === 'binary') {
        const out = new BufferBytes(value.length);
        for (let i = 0; i < value.length; i++) out[i] = value.charCodeAt(i) & 0xff;
        return out;
      }
      const b = utf8Encoder.encode(value);
      return new BufferBytes(b.buffer, b.byteOffset, b.byteLength);
    }
    if (value instanceof ArrayBuffer) {
      const off = typeof encodingOrOffset === 'number' ? encodingOrOffset : 0;
      return new BufferBytes(value, off, length ?? value.byteLength - off);
    }
    const out = new BufferBytes(value.length);
    out.set(value);
    return out;
  },
  isBuffer(v: unknown): v is BufferBytes {
    return v instanceof BufferBytes;
  },
};
