import { randomBytes } from 'node:crypto';

/**
 * UUIDv7 (RFC 9562) generated offline, globally unique (domain §2.4), and strictly increasing
 * within one process: a 12-bit counter in rand_a orders ids made in the same millisecond (the
 * RFC's "fixed-length dedicated counter" method), so sorting by id is sorting by creation.
 */
export function createUuidv7(now: () => Date = () => new Date()): () => string {
  let lastMs = -1;
  let counter = 0;
  return () => {
    let ms = now().getTime();
    if (ms <= lastMs) {
      ms = lastMs;
      counter++;
      if (counter > 0xfff) {
        ms++;
        counter = 0;
      }
    } else {
      counter = 0;
    }
    lastMs = ms;
    const bytes = randomBytes(16);
    const big = BigInt(ms);
    for (let i = 0; i < 6; i++) bytes[i] = Number((big >> BigInt(8 * (5 - i))) & 0xffn);
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
