import crypto from 'node:crypto';

/**
 * scrypt with N=2^15: about 50-100 ms on a village PC, slow enough that guessing a
 * passphrase copied off the database takes years, fast enough not to annoy a curator.
 */
const PARAMS = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

export function hashPassphrase(passphrase: string, salt = crypto.randomBytes(16)): { salt: string; hash: string } {
  const hash = crypto.scryptSync(passphrase.normalize('NFKC'), salt, KEY_LENGTH, PARAMS);
  return { salt: salt.toString('hex'), hash: `scrypt$15$8$1$${hash.toString('hex')}` };
}

export function verifyPassphrase(passphrase: string, salt: string, stored: string): boolean {
  const [scheme, logN, r, p, hex] = stored.split('$');
  if (scheme !== 'scrypt' || !hex) return false;
  const expected = Buffer.from(hex, 'hex');
  const actual = crypto.scryptSync(passphrase.normalize('NFKC'), Buffer.from(salt, 'hex'), expected.length, {
    N: 1 << Number(logN),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}
