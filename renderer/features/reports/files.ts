// Files in and out of the Reports area: a generated file (base64 from the API) saved by the
// browser or the desktop window, and a chosen file read as base64 for the API.

export interface ApiFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export function saveFile(file: ApiFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file's bytes as base64 (what the API carries). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** `AB:CD:…` in groups of four bytes per line chunk, easy to read aloud and compare on paper. */
export function groupedFingerprint(fp: string): string {
  const parts = fp.split(':');
  const groups: string[] = [];
  for (let i = 0; i < parts.length; i += 4) groups.push(parts.slice(i, i + 4).join(''));
  return groups.join(' ');
}
