/**
 * Where an Emscripten-built wasm module keeps its heap break, read from the module's binary
 * (WebAssembly Core Specification 1.0, section 5 "Binary Format": 5.5 modules and sections, 5.4 instructions).
 *
 * Emscripten's linear memory, as wasm-ld lays it out: static data and zero-initialised data (`.bss`) and the
 * stack (which grows down from the initial value of `__stack_pointer`, global 0) all lie below `__heap_base`;
 * above it is the heap, handed out only by `sbrk`, which keeps the current break in one static word and starts it
 * at `__heap_base`. Emscripten's `sbrk` never lowers the break (it treats the increment as unsigned and fails when
 * the new break is not above the old one), and `malloc`, `mmap` and the JavaScript glue take all their memory
 * from it. So after a run, every byte the module can have written lies below `max(break, __heap_base)`, and the
 * break alone is that bound, since it starts at `__heap_base` and only grows.
 *
 * The reader finds `sbrk` by its instruction sequence (`old = load(A); new = old + ((inc + 7) & -8); if (inc' &&
 * new <= old) fail; ... store(A, new)`), takes the word's initial value from the data segments, and checks the
 * layout (stack and data segments below that value). It returns `undefined` for any binary it does not recognise,
 * so a caller falls back to treating the whole memory as written.
 */

/** Where a module keeps its heap break, in bytes of linear memory 0. */
export interface HeapLayout {
  /** Address of the 32-bit little-endian word that holds the current break (`sbrk`'s static `sbrk_val`). */
  breakAddress: number;
  /** The break's initial value, `__heap_base`: static data and the stack lie below it. */
  heapBase: number;
  /** Initial value of `__stack_pointer` (the top of the stack, which grows down). */
  stackTop: number;
}

/** Bytes of sbrk after `i32.const A` (see the module comment): load, the rounding of the increment, the check. */
// prettier-ignore
const SBRK_BODY = [
  0x28, 0x02, 0x00, //                                i32.load align=4 offset=0: old = *A
  0x22, 0x01, //                                      local.tee 1
  0x20, 0x00, 0x41, 0x07, 0x6a, 0x41, 0x78, 0x71, //  (inc + 7) & -8
  0x22, 0x02, 0x6a, 0x21, 0x00, //                    local.tee 2; i32.add; local.set 0: new = old + inc'
  0x02, 0x40, 0x20, 0x02, 0x41, 0x00, //              block; local.get 2; i32.const 0
  0x20, 0x00, 0x20, 0x01, 0x4d, 0x1b, 0x45, //        new <=u old; select; i32.eqz: fail when inc' != 0 && new <= old
];
/** After the check: `i32.const A; local.get 0; i32.store` (the new break is stored at the same word). */
const SBRK_STORE_TAIL = [0x20, 0x00, 0x36, 0x02, 0x00];

class Reader {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }
  byte(): number {
    if (this.pos >= this.bytes.length) throw new RangeError('wasm: unexpected end');
    return this.bytes[this.pos++]!;
  }
  /** Unsigned LEB128 (at most 32 bits). */
  u32(): number {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
    }
    throw new RangeError('wasm: bad LEB128');
  }
  /** Signed LEB128 (at most 32 bits). */
  s32(): number {
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.byte();
      result |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80 && shift < 35);
    if (b & 0x80) throw new RangeError('wasm: bad LEB128');
    if (shift < 32 && b & 0x40) result |= -1 << shift;
    return result;
  }
  name(): void {
    const len = this.u32();
    this.pos += len;
  }
  /** A constant expression that must be `i32.const N end`; returns N (unsigned), or undefined for any other. */
  i32ConstExpr(): number | undefined {
    if (this.byte() !== 0x41) return undefined;
    const v = this.s32() >>> 0;
    return this.byte() === 0x0b ? v : undefined;
  }
}

function matchesAt(bytes: Uint8Array, at: number, pattern: number[]): boolean {
  if (at < 0 || at + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

/** Signed LEB128 encoding of `v` (an i32.const immediate). */
function sleb(v: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** Addresses A with `i32.const A` directly before `SBRK_BODY` and `i32.const A; SBRK_STORE_TAIL` soon after. */
function sbrkBreakAddresses(code: Uint8Array): number[] {
  const found: number[] = [];
  for (let at = code.indexOf(SBRK_BODY[0]!); at >= 0; at = code.indexOf(SBRK_BODY[0]!, at + 1)) {
    if (!matchesAt(code, at, SBRK_BODY)) continue;
    // the immediate of the i32.const before: 1 to 5 bytes, the last without the continuation bit
    for (let len = 1; len <= 5; len++) {
      const op = at - len - 1;
      if (op < 0 || code[op] !== 0x41) continue;
      const r = new Reader(code, op + 1);
      let addr: number;
      try {
        addr = r.s32() >>> 0;
      } catch {
        continue;
      }
      if (r.pos !== at) continue;
      const store = [0x41, ...sleb(addr | 0), ...SBRK_STORE_TAIL];
      const end = Math.min(code.length, at + SBRK_BODY.length + 96);
      let stored = false;
      for (let s = at + SBRK_BODY.length; s < end && !stored; s++) stored = matchesAt(code, s, store);
      if (stored) found.push(addr);
    }
  }
  return found;
}

/**
 * Reads the heap layout of an Emscripten-built module (see the module comment) from its binary.
 * Returns `undefined` when the binary is not one whose layout it can vouch for: no single `sbrk`, imported globals,
 * a first global that is not a mutable i32 with a constant initial value, passive or non-constant data segments,
 * or a stack or data segment that reaches above the break's initial value. Never throws.
 */
export function readHeapLayout(bytes: Uint8Array): HeapLayout | undefined {
  try {
    return readLayout(bytes);
  } catch {
    return undefined;
  }
}

function readLayout(bytes: Uint8Array): HeapLayout | undefined {
  if (!matchesAt(bytes, 0, [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])) return undefined;
  const r = new Reader(bytes, 8);
  let stackTop: number | undefined;
  let code: Uint8Array | undefined;
  const segments: { offset: number; data: Uint8Array }[] = [];
  while (r.pos < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    const end = start + size;
    if (end > bytes.length) return undefined;
    if (id === 2) {
      // import section: an imported global would come before __stack_pointer in the global index space
      const n = r.u32();
      for (let i = 0; i < n; i++) {
        r.name();
        r.name();
        const kind = r.byte();
        if (kind === 0x00) r.u32();
        else if (kind === 0x01) {
          r.byte();
          const flags = r.u32();
          r.u32();
          if (flags & 1) r.u32();
        } else if (kind === 0x02) {
          const flags = r.u32();
          r.u32();
          if (flags & 1) r.u32();
        } else return undefined; // a global (0x03) or anything newer
      }
    } else if (id === 6) {
      r.u32(); // count; global 0 is __stack_pointer
      const type = r.byte();
      const mutable = r.byte();
      if (type !== 0x7f || mutable !== 1) return undefined;
      stackTop = r.i32ConstExpr();
    } else if (id === 10) {
      code = bytes.subarray(start, end);
    } else if (id === 11) {
      const n = r.u32();
      for (let i = 0; i < n; i++) {
        if (r.u32() !== 0) return undefined; // only active segments of memory 0
        const offset = r.i32ConstExpr();
        if (offset === undefined) return undefined;
        const len = r.u32();
        segments.push({ offset, data: bytes.subarray(r.pos, r.pos + len) });
        r.pos += len;
      }
    }
    r.pos = end;
  }
  if (stackTop === undefined || !code) return undefined;
  const addresses = sbrkBreakAddresses(code);
  if (addresses.length !== 1) return undefined;
  const breakAddress = addresses[0]!;
  // the word's initial value: bytes from the data segments, zero where none covers it
  // (a later segment overwrites an earlier one, as instantiation applies them in order)
  let heapBase = 0;
  for (let i = 0; i < 4; i++) {
    const a = breakAddress + i;
    let byte = 0;
    for (const s of segments) if (a >= s.offset && a < s.offset + s.data.length) byte = s.data[a - s.offset]!;
    heapBase += byte * 2 ** (8 * i);
  }
  const dataEnd = Math.max(0, ...segments.map((s) => s.offset + s.data.length));
  if (heapBase === 0 || stackTop > heapBase || dataEnd > heapBase || breakAddress + 4 > heapBase) return undefined;
  return { breakAddress, heapBase, stackTop };
}
