import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts authenticator secrets at rest (AES-256-GCM), so a copy of the
 * database alone does not give anyone a staff member's codes. The key is
 * FP_TOTP_KEY (32 bytes, base64) or one generated once into the data folder
 * (mode 0600), as the media link key is.
 */
export class SecretBox {
  private key: Buffer | null = null;

  constructor(private readonly options: { configuredKey?: string; keyFile: string }) {}

  private secret(): Buffer {
    if (this.key) return this.key;
    if (this.options.configuredKey) {
      const key = Buffer.from(this.options.configuredKey, 'base64');
      if (key.length !== 32) throw new Error('FP_TOTP_KEY must be 32 bytes, base64-encoded.');
      return (this.key = key);
    }
    try {
      this.key = Buffer.from(fs.readFileSync(this.options.keyFile, 'utf8').trim(), 'base64');
    } catch {
      fs.mkdirSync(path.dirname(this.options.keyFile), { recursive: true, mode: 0o700 });
      try {
        fs.writeFileSync(this.options.keyFile, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      } catch {
        // Another process wrote it first: use theirs.
      }
      this.key = Buffer.from(fs.readFileSync(this.options.keyFile, 'utf8').trim(), 'base64');
    }
    return this.key;
  }

  /** "v1.<iv>.<tag>.<ciphertext>", each base64url. */
  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.secret(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  /** Whether a stored value is already sealed (the client-secret migration leaves those alone). */
  static isSealed(value: string): boolean {
    return /^v1\.[\w-]+\.[\w-]+\.[\w-]*$/.test(value);
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.secret(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/**
 * The box the server would use, from the environment alone (FP_TOTP_KEY, else
 * the key file in FP_DATA_DIR, as config.ts resolves them): for migrations,
 * which run before the server's config exists.
 */
export function secretBoxFromEnvironment(env: NodeJS.ProcessEnv = process.env): SecretBox {
  const dataDir = path.resolve(env.FP_DATA_DIR ?? path.join(__dirname, '..', '..', '..', '..', '..', '.data'));
  return new SecretBox({ configuredKey: env.FP_TOTP_KEY || undefined, keyFile: path.join(dataDir, 'totp-secret.key') });
}
