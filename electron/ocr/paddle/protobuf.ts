/**
 * Protocol Buffers wire format, as much as an ONNX file needs: a message as its fields in order, each
 * with its number and its value (a varint as a bigint, anything else as its bytes, not copied).
 * Decoding and encoding again gives the same bytes (varints are written in their shortest form, as
 * every encoder writes them).
 */

export type Field = { readonly no: number; readonly wire: 0 | 1 | 2 | 5; readonly value: bigint | Uint8Array };

const VARINT = 0;
const FIXED64 = 1;
const BYTES = 2;
const FIXED32 = 5;

function readVarint(buf: Uint8Array, at: number): { value: bigint; next: number } {
  let value = 0n;
  let shift = 0n;
  let i = at;
  for (;;) {
    if (i >= buf.length) throw new Error('protobuf: a varint runs past the end');
    const byte = buf[i++]!;
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value, next: i };
    shift += 7n;
  }
}

function varintBytes(value: bigint): Uint8Array {
  const out: number[] = [];
  let v = BigInt.asUintN(64, value);
  do {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v === 0n ? low : low | 0x80);
  } while (v !== 0n);
  return Uint8Array.from(out);
}

/** The fields of one message, in the order they are written. */
export function decodeMessage(buf: Uint8Array): Field[] {
  const fields: Field[] = [];
  let at = 0;
  while (at < buf.length) {
    const tag = readVarint(buf, at);
    const no = Number(tag.value >> 3n);
    const wire = Number(tag.value & 7n);
    at = tag.next;
    if (wire === VARINT) {
      const v = readVarint(buf, at);
      fields.push({ no, wire, value: v.value });
      at = v.next;
    } else if (wire === BYTES) {
      const len = readVarint(buf, at);
      const end = len.next + Number(len.value);
      if (end > buf.length) throw new Error('protobuf: a field runs past the end');
      fields.push({ no, wire, value: buf.subarray(len.next, end) });
      at = end;
    } else if (wire === FIXED64 || wire === FIXED32) {
      const end = at + (wire === FIXED64 ? 8 : 4);
      if (end > buf.length) throw new Error('protobuf: a field runs past the end');
      fields.push({ no, wire, value: buf.subarray(at, end) });
      at = end;
    } else throw new Error(`protobuf: wire type ${wire} is not supported`);
  }
  return fields;
}

/** `fields` written as one message. */
export function encodeMessage(fields: readonly Field[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of fields) {
    parts.push(varintBytes(BigInt((f.no << 3) | f.wire)));
    if (typeof f.value === 'bigint') parts.push(varintBytes(f.value));
    else {
      if (f.wire === BYTES) parts.push(varintBytes(BigInt(f.value.length)));
      parts.push(f.value);
    }
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();

export const bytesField = (no: number, value: Uint8Array | readonly Field[]): Field =>
  ({ no, wire: BYTES, value: value instanceof Uint8Array ? value : encodeMessage(value) });
export const stringField = (no: number, value: string): Field => bytesField(no, utf8.encode(value));
export const varintField = (no: number, value: number): Field => ({ no, wire: VARINT, value: BigInt(value) });
export const floatField = (no: number, value: number): Field =>
  ({ no, wire: FIXED32, value: new Uint8Array(Float32Array.of(value).buffer) });

/** A field's bytes as text (a string field). */
export const asString = (f: Field): string => (f.value instanceof Uint8Array ? text.decode(f.value) : '');
/** A fixed32 field as a float (little-endian, as protobuf writes it). */
export const asFloat = (f: Field): number =>
  (f.value instanceof Uint8Array && f.value.length === 4 ? new DataView(f.value.buffer, f.value.byteOffset, 4).getFloat32(0, true) : NaN);
/** A field's bytes as a message. */
export const asMessage = (f: Field): Field[] => (f.value instanceof Uint8Array ? decodeMessage(f.value) : []);
