import crypto from 'node:crypto';
import { studioError } from '../../../model/localized';
import type { TrustCrypto } from '../../../model/trust/crypto-port';

/**
 * Ed25519 keys for curators and the studio's steward, and their sealing under a passphrase.
 *
 * Public keys are the raw 32 bytes in base64url; private keys are PKCS#8 DER, sealed with
 * AES-256-GCM under a key derived by scrypt from the passphrase (NFKC-normalised, like the
 * passphrase hash). The scrypt parameters are stored with each sealed key, so they can be
 * raised later without breaking older keys; the fingerprint is the GCM additional data, so a
 * sealed private key cannot be swapped under another public key unnoticed.
 */
export interface SealedKey {
  v: 1;
  kdf: 'scrypt';
  logN: number;
  r: number;
  p: number;
  salt: string;
  cipher: 'aes-256-gcm';
  iv: string;
  tag: string;
  data: string;
}

export interface KeyPair {
  publicKey: string;
  fingerprint: string;
  privateKey: crypto.KeyObject;
}

const SEAL = { logN: 15, r: 8, p: 1 };
const MAXMEM = 64 * 1024 * 1024;

export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  return { publicKey: raw, fingerprint: fingerprintOf(raw), privateKey };
}

function rawPublicKey(key: crypto.KeyObject): string {
  const jwk = key.export({ format: 'jwk' }) as { x?: string };
  return jwk.x!;
}

export function fingerprintOf(publicKey: string): string {
  if (!/^[A-Za-z0-9_-]{43}$/.test(publicKey)) return '';
  const bytes = Buffer.from(publicKey, 'base64url');
  if (bytes.length !== 32) return '';
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

function publicKeyObject(publicKey: string): crypto.KeyObject {
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
}

export function sign(privateKey: crypto.KeyObject, text: string): string {
  return crypto.sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64url');
}

export function verify(publicKey: string, text: string, signature: string): boolean {
  try {
    if (!fingerprintOf(publicKey) || !/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
    return crypto.verify(null, Buffer.from(text, 'utf8'), publicKeyObject(publicKey), Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

export const nodeTrustCrypto: TrustCrypto = {
  verify,
  fingerprint: fingerprintOf,
  sha256Hex: (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex'),
};

function derive(passphrase: string, salt: Buffer, params: { logN: number; r: number; p: number }): Buffer {
  return crypto.scryptSync(passphrase.normalize('NFKC'), salt, 32, { N: 1 << params.logN, r: params.r, p: params.p, maxmem: MAXMEM });
}

export function sealPrivateKey(privateKey: crypto.KeyObject, fingerprint: string, passphrase: string): SealedKey {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derive(passphrase, salt, SEAL), iv);
  cipher.setAAD(Buffer.from(fingerprint, 'utf8'));
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const data = Buffer.concat([cipher.update(der), cipher.final()]);
  return { v: 1, kdf: 'scrypt', ...SEAL, salt: salt.toString('base64'), cipher: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Opens a sealed key; a wrong passphrase (or a tampered seal) is a translated error. */
export function unsealPrivateKey(sealed: SealedKey, fingerprint: string, passphrase: string): crypto.KeyObject {
  try {
    if (sealed.v !== 1 || sealed.kdf !== 'scrypt' || sealed.cipher !== 'aes-256-gcm' || sealed.logN > 20) throw new Error('unknown seal');
    const decipher = crypto.createDecipheriv('aes-256-gcm', derive(passphrase, Buffer.from(sealed.salt, 'base64'), sealed), Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(fingerprint, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const der = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
    const key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    if (fingerprintOf(rawPublicKey(crypto.createPublicKey(key))) !== fingerprint) throw new Error('key does not match');
    return key;
  } catch {
    throw studioError('curator.key-locked', '无法用这个口令打开签名密钥。请检查口令是否正确。', 'This passphrase does not open the signing key. Check the passphrase.');
  }
}
