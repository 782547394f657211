import { say } from '../i18n/i18n';

/** Sends a return's files to POST /imports/ssda903; answers the upload's id or a message to show on the field. */
export async function uploadReturn(year: number, files: File[]): Promise<{ uploadId: string } | { error: string }> {
  const body = new FormData();
  for (const file of files) body.append('files', file, file.name);
  try {
    const res = await fetch(`/imports/ssda903?year=${encodeURIComponent(String(year))}`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      // The API refuses uploads without it: a plain cross-site form cannot send it.
      headers: { 'apollo-require-preflight': 'true' },
    });
    const json = (await res.json().catch(() => null)) as { uploadId?: string; error?: { message?: string } } | null;
    if (res.ok && json?.uploadId) return { uploadId: json.uploadId };
    return { error: json?.error?.message ?? say('imports.uploadReturn.theFilesCouldNot') };
  } catch {
    return { error: say('imports.uploadReturn.weCouldNotReach') };
  }
}
