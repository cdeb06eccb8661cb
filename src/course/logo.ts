// A logo for the course: only PNG or JPEG, decoded and drawn again on the device, so what is
// stored and printed is a small clean image, never the bytes of the file that was chosen.
import { isLogo } from './package.ts';

/** Bigger files are refused before they are decoded. */
export const MAX_LOGO_FILE_BYTES = 2_000_000;
/** The longest side of the stored logo, in pixels: plenty for a cover at print size. */
export const LOGO_SIDE = 240;

export type LogoResult = { ok: true; dataUrl: string } | { ok: false; problem: 'type' | 'tooLarge' | 'damaged' };

export async function logoFromFile(file: Blob): Promise<LogoResult> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return { ok: false, problem: 'type' };
  if (file.size > MAX_LOGO_FILE_BYTES) return { ok: false, problem: 'tooLarge' };
  return reencode(file);
}

/** Draws an image (a chosen file, or the logo in a package) again on a canvas. */
export async function reencode(image: Blob): Promise<LogoResult> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const scale = Math.min(1, LOGO_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  // PNG keeps sharp edges; a photo-like logo is smaller as JPEG.
  let dataUrl = canvas.toDataURL('image/png');
  if (!isLogo(dataUrl)) dataUrl = canvas.toDataURL('image/jpeg', 0.85);
  return isLogo(dataUrl) ? { ok: true, dataUrl } : { ok: false, problem: 'tooLarge' };
}

/** The logo of a package, checked by isLogo(). Decoded by hand: the CSP allows no fetch of data: URLs. */
export async function reencodeDataUrl(dataUrl: string): Promise<LogoResult> {
  const [head = '', base64 = ''] = dataUrl.split(',');
  try {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    return await reencode(new Blob([bytes], { type: head.slice(5, head.indexOf(';')) }));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
