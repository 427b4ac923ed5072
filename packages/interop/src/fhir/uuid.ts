// Name-based UUIDs (RFC 9562 version 5, SHA-1), so that the same trial, sponsor or site always
// gets the same `urn:uuid:` in a Bundle. Written out here because the writer is synchronous and
// runs in browsers too, where only the asynchronous Web Crypto digest exists.

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** SHA-1 of some bytes (FIPS 180-4). Not for security: only to name things stably. */
export function sha1(bytes: Uint8Array): Uint8Array {
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(((bytes.length + 8) >> 6) * 64 + 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);

  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let [a, b, c, d, e] = [h0, h1, h2, h3, h4];
    for (let i = 0; i < 80; i++) {
      const [f, k] =
        i < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : i < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : i < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + w[i]!) | 0;
      [e, d, c, b, a] = [d, c, rotl(b, 30), a, t];
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  for (const [i, h] of [h0, h1, h2, h3, h4].entries()) outView.setUint32(i * 4, h);
  return out;
}

const hexDigits = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex = (bytes: Uint8Array) => {
  let text = '';
  for (const byte of bytes) text += hexDigits[byte];
  return text;
};

const namespaces = new Map<string, Uint8Array>();
function namespaceBytes(uuid: string): Uint8Array {
  let bytes = namespaces.get(uuid);
  if (!bytes) {
    const digits = uuid.replace(/-/g, '');
    bytes = Uint8Array.from({ length: 16 }, (_, i) =>
      Number.parseInt(digits.slice(i * 2, i * 2 + 2), 16),
    );
    namespaces.set(uuid, bytes);
  }
  return bytes;
}

const encoder = new TextEncoder();

/** The version-5 UUID of `name` in `namespace` (itself a UUID), lower case with dashes. */
export function uuidV5(namespace: string, name: string): string {
  const nameBytes = encoder.encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(namespaceBytes(namespace));
  input.set(nameBytes, 16);
  const bytes = sha1(input).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** RFC 9562's namespace for names that are URLs. */
export const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
