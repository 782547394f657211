import type Sharp from 'sharp';
import { lazyModule } from '../../common/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const loadSharp = lazyModule(() => require('sharp') as typeof Sharp);
import { RefusedUpload, type AcceptedType } from './media-type';
import type { MediaSize } from './media.entity';

export interface EncodedImage {
  size: MediaSize;
  bytes: Buffer;
  width: number;
  height: number;
}

/** Longest side of each stored size. The original is kept at most this large too. */
export const IMAGE_SIZES: Record<MediaSize, number> = { original: 4096, display: 1600, thumbnail: 320 };

// Guards against decompression bombs: refuse images above ~100 megapixels.
const MAX_INPUT_PIXELS = 100_000_000;

/** The output format: transparency kept for PNG and WebP; everything else becomes JPEG. */
export function outputMime(type: AcceptedType): 'image/jpeg' | 'image/png' | 'image/webp' {
  if (type.mime === 'image/png') return 'image/png';
  if (type.mime === 'image/webp') return 'image/webp';
  return 'image/jpeg';
}

/** Whether this machine's sharp (libvips) can decode HEIC photos (the prebuilt one reads AVIF only). */
export function canDecodeHeic(): boolean {
  return loadSharp().format.heif.input.fileSuffix?.includes('.heic') ?? false;
}

/**
 * Re-encodes an image into every stored size: turned upright from its EXIF
 * orientation first, then written with no metadata at all (sharp keeps none
 * unless asked), so no GPS location, camera or date leaves with it.
 */
export async function encodeImage(input: Buffer, type: AcceptedType): Promise<EncodedImage[]> {
  if (type.mime === 'image/heic' && !canDecodeHeic()) {
    throw new RefusedUpload('HEIC photos (from iPhones) cannot be read on this server yet. Please choose "Most Compatible" (JPEG) in the camera settings, or save the photo as JPEG, and try again.');
  }
  const sharp = loadSharp();
  let upright: Buffer;
  try {
    // One decode: rotate to the EXIF orientation into a raw-free lossless intermediate.
    upright = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: IMAGE_SIZES.original, height: IMAGE_SIZES.original, fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 1 })
      .toBuffer();
  } catch {
    throw new RefusedUpload('This photo could not be read: the file may be damaged. Please try another copy.', 422);
  }
  const mime = outputMime(type);
  const out: EncodedImage[] = [];
  for (const size of ['original', 'display', 'thumbnail'] as const) {
    let pipeline = sharp(upright).resize({ width: IMAGE_SIZES[size], height: IMAGE_SIZES[size], fit: 'inside', withoutEnlargement: true });
    pipeline =
      mime === 'image/png' ? pipeline.png() : mime === 'image/webp' ? pipeline.webp({ quality: 85 }) : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true });
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    out.push({ size, bytes: data, width: info.width, height: info.height });
  }
  return out;
}
