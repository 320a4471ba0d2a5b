/**
 * What the pure trust rules need from cryptography, passed in by the caller: model/ has no
 * node:crypto. electron/services/curators/keys.ts implements it with Ed25519 and sha256.
 */
export interface TrustCrypto {
  /** Ed25519 verification of the UTF-8 bytes of `text`; false (never a throw) for any malformed input */
  verify(publicKey: string, text: string, signature: string): boolean;
  /** lower-case hex sha256 of the raw 32-byte public key; '' when the key is malformed */
  fingerprint(publicKey: string): string;
  /** lower-case hex sha256 of the UTF-8 bytes of `text` */
  sha256Hex(text: string): string;
}
