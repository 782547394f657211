import { say } from '../i18n/i18n';
/** Sends one file to POST /media for the child; answers the new media id or a message to show on the field. */
export async function uploadMedia(childId: string, file: File): Promise<{ mediaId: string } | { error: string }> {
  const body = new FormData();
  body.append('file', file);
  try {
    const res = await fetch(`/media?childId=${encodeURIComponent(childId)}`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      // The API refuses uploads without it: a plain cross-site form cannot send it.
      headers: { 'apollo-require-preflight': 'true' },
    });
    const json = (await res.json().catch(() => null)) as { mediaId?: string; error?: { message?: string } } | null;
    if (res.ok && json?.mediaId) return { mediaId: json.mediaId };
    return { error: json?.error?.message ?? say('lifeStory.uploadMedia.thePhotoCouldNot') };
  } catch {
    return { error: say('lifeStory.uploadMedia.weCouldNotReach') };
  }
}
