import { WORDS } from '../words';

/** Photos and documents the server accepts (it checks the bytes itself; this only guides the picker). */
export const ACCEPTED_FILES = 'image/jpeg,image/png,image/webp,application/pdf';

export type UploadResult = { mediaId: string } | { refused: string };

/** The server's refusal, in the child's words: it decides by the file's bytes and answers with a status. */
function refusalWords(status: number): string {
  if (status === 413) return WORDS.lifeStory.fileTooBig;
  if (status === 415) return WORDS.lifeStory.fileWrongKind;
  if (status === 422) return WORDS.lifeStory.fileCannotOpen;
  return WORDS.site.problem;
}

/**
 * POST /media with the session cookie and the CSRF-safe header Apollo's CSRF
 * prevention also accepts; the young person's own child is implied.
 */
export async function uploadMyFile(file: File): Promise<UploadResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    const res = await fetch('/media', { method: 'POST', body, credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } });
    if (res.status === 201) {
      const { mediaId } = (await res.json()) as { mediaId: string };
      return { mediaId };
    }
    return { refused: refusalWords(res.status) };
  } catch {
    return { refused: WORDS.site.problem };
  }
}
