import fs from 'node:fs';
import path from 'node:path';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MediaSize } from './media.entity';

/**
 * Short-lived download links: /media/<id>/<size>?expires=<unix seconds>&sig=<HMAC>.
 * The signature covers the media, the size, the expiry and the person it was
 * made for; the download endpoint checks it AND the session AND the policy.
 */
export class MediaLinks {
  private key: Buffer | null = null;

  constructor(
    private readonly options: { configuredKey?: string; keyFile: string; seconds: number; now: () => Date },
  ) {}

  /** The configured key, or one generated once into the data folder (mode 0600). */
  private secret(): Buffer {
    if (this.key) return this.key;
    if (this.options.configuredKey) return (this.key = Buffer.from(this.options.configuredKey, 'utf8'));
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

  private sign(mediaId: string, size: MediaSize, userId: string, expires: number): string {
    return createHmac('sha256', this.secret()).update(`${mediaId}\n${size}\n${userId}\n${expires}`).digest('base64url');
  }

  url(mediaId: string, size: MediaSize, userId: string): string {
    const expires = Math.floor(this.options.now().getTime() / 1000) + this.options.seconds;
    return `/media/${mediaId}/${size}?expires=${expires}&sig=${this.sign(mediaId, size, userId, expires)}`;
  }

  /** 'ok', 'expired' (the signature is right but too old) or 'invalid'. */
  check(mediaId: string, size: MediaSize, userId: string, expires: unknown, sig: unknown): 'ok' | 'expired' | 'invalid' {
    return this.verify((e) => this.sign(mediaId, size, userId, e), expires, sig);
  }

  /**
   * The same kind of link for another file endpoint (a subject access export):
   * the signature covers the path, the person and the expiry.
   */
  pathUrl(pathname: string, userId: string): string {
    const expires = Math.floor(this.options.now().getTime() / 1000) + this.options.seconds;
    return `${pathname}?expires=${expires}&sig=${this.signPath(pathname, userId, expires)}`;
  }

  checkPath(pathname: string, userId: string, expires: unknown, sig: unknown): 'ok' | 'expired' | 'invalid' {
    return this.verify((e) => this.signPath(pathname, userId, e), expires, sig);
  }

  private signPath(pathname: string, userId: string, expires: number): string {
    return createHmac('sha256', this.secret()).update(`path\n${pathname}\n${userId}\n${expires}`).digest('base64url');
  }

  private verify(sign: (expires: number) => string, expires: unknown, sig: unknown): 'ok' | 'expired' | 'invalid' {
    if (typeof expires !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(expires)) return 'invalid';
    const expected = Buffer.from(sign(Number(expires)));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    return Number(expires) * 1000 < this.options.now().getTime() ? 'expired' : 'ok';
  }
}
