import { createHash, randomBytes } from 'node:crypto';

/**
 * The recovery key: 20 random bytes (160 bits) written in Crockford base32, plus a 4-character
 * check group, as nine groups of four: `7K2Q-…-XXXX`. Crockford's alphabet has no I, L, O or U,
 * so reading it aloud or copying it by hand is forgiving: case, spaces and dashes are ignored and
 * O/I/L are read as 0/1/1. The check group catches a mistyped character before any decryption.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BYTES = 20;

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function decode(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of text) {
    value = ((value << 5) | ALPHABET.indexOf(ch)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

const check = (body: string) => encode(createHash('sha256').update(body).digest()).slice(0, 4);

export function formatRecoveryKey(bytes: Buffer): string {
  const body = encode(bytes);
  return `${body}${check(body)}`.match(/.{4}/g)!.join('-');
}

export function newRecoveryKey(): { text: string; bytes: Buffer } {
  const bytes = randomBytes(BYTES);
  return { text: formatRecoveryKey(bytes), bytes };
}

/** The key's bytes, or null when the text is not a recovery key (wrong length or a typo). */
export function parseRecoveryKey(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 36 || [...clean].some((c) => !ALPHABET.includes(c))) return null;
  const body = clean.slice(0, 32);
  if (check(body) !== clean.slice(32)) return null;
  return decode(body);
}
