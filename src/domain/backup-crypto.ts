import { MIN_PBKDF2_ITERATIONS, type EncryptionHeader } from '@/domain/backup-format';
import { base64ToBytes, bytesToBase64 } from '@/domain/base64';

/**
 * Passphrase protection for backups, with the browser's own Web Crypto: a key from PBKDF2-SHA256
 * (random 16-byte salt, the iterations recorded in the file) and AES-GCM with a fresh random
 * 12-byte IV per file. AES-GCM authenticates what it decrypts, so a wrong passphrase or a changed
 * byte fails instead of producing garbage. Loaded only when a backup is made or read
 * (docs/design.md#heavy-things-load-late).
 */
const SALT_BYTES = 16;
const IV_BYTES = 12;

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptText(
  plainText: string,
  passphrase: string,
  iterations: number = MIN_PBKDF2_ITERATIONS,
): Promise<{ encryption: EncryptionHeader; ciphertext: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  const encrypted = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(plainText),
  );
  return {
    encryption: {
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
      cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
    },
    ciphertext: bytesToBase64(new Uint8Array(encrypted)),
  };
}

/** The plain text, or undefined when the passphrase is wrong (or the ciphertext was altered). */
export async function decryptText(
  encryption: EncryptionHeader,
  ciphertext: string,
  passphrase: string,
): Promise<string | undefined> {
  try {
    const key = await deriveKey(
      passphrase,
      base64ToBytes(encryption.kdf.salt),
      encryption.kdf.iterations,
    );
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(encryption.cipher.iv) },
      key,
      base64ToBytes(ciphertext),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return undefined;
  }
}
