import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { MediaConfig } from '../../config';

/** Where media files are kept. Keys are opaque paths made by the server (child/media/size). */
export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The stored bytes as a stream; rejects when the key is not there. */
  get(key: string): Promise<Readable>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}\/[a-z]+$/;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a media key: ${key}`);
  return key;
}

/** Files under the data folder, written atomically (temporary file, then rename). Never served statically. */
export class LocalMediaStorage implements MediaStorage {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, ...checkKey(key).split('/'));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${randomUUID()}.tmp`;
    await fs.promises.writeFile(tmp, bytes, { mode: 0o600, flag: 'wx' });
    await fs.promises.rename(tmp, file);
  }

  async get(key: string): Promise<Readable> {
    const file = this.file(key);
    await fs.promises.access(file, fs.constants.R_OK);
    return fs.createReadStream(file);
  }
}

type S3Settings = Extract<MediaConfig['storage'], { driver: 's3' }>;

/**
 * S3-compatible object storage (AWS S3, MinIO). The SDK is loaded only when
 * this driver is chosen. Not exercised by the test suite here (no network);
 * the interface is tested with the local driver.
 */
export class S3MediaStorage implements MediaStorage {
  private client: Promise<{ send: (command: unknown) => Promise<unknown>; sdk: typeof import('@aws-sdk/client-s3') }> | null = null;

  constructor(private readonly settings: S3Settings) {}

  private connect() {
    this.client ??= import('@aws-sdk/client-s3').then((sdk) => {
      const client = new sdk.S3Client({
        region: this.settings.region,
        endpoint: this.settings.endpoint,
        forcePathStyle: this.settings.forcePathStyle,
        credentials:
          this.settings.accessKeyId && this.settings.secretAccessKey
            ? { accessKeyId: this.settings.accessKeyId, secretAccessKey: this.settings.secretAccessKey }
            : undefined,
      });
      return { send: (command: unknown) => client.send(command as never), sdk };
    });
    return this.client;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const { send, sdk } = await this.connect();
    await send(new sdk.PutObjectCommand({ Bucket: this.settings.bucket, Key: checkKey(key), Body: bytes, ContentType: contentType, ServerSideEncryption: this.settings.endpoint ? undefined : 'AES256' }));
  }

  async get(key: string): Promise<Readable> {
    const { send, sdk } = await this.connect();
    const out = (await send(new sdk.GetObjectCommand({ Bucket: this.settings.bucket, Key: checkKey(key) }))) as { Body?: unknown };
    if (!(out.Body instanceof Readable)) throw new Error(`No body for ${key}`);
    return out.Body;
  }
}

export function createMediaStorage(config: MediaConfig): MediaStorage {
  return config.storage.driver === 's3' ? new S3MediaStorage(config.storage) : new LocalMediaStorage(config.storage.dir);
}
