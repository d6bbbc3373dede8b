import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../keys/keyring';

/**
 * Each backup is three files side by side: the encrypted database copy (`….komak`), the keyring
 * that opens it (`….komak.keyring`: wrapped keys only) and this manifest (`….komak.manifest.json`),
 * which says what the copy holds without opening it: no names, only counts and the audit head.
 */
export const manifestSchema = z.object({
  format: z.literal('komak-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  reason: z.enum(['daily', 'manual', 'pre-migration', 'pre-restore']),
  facility: z.object({ name: z.string(), kind: z.string() }).nullable(),
  appVersion: z.string(),
  migrations: z.array(z.string()),
  encrypted: z.boolean(),
  keyId: z.string().nullable(),
  counts: z.record(z.string(), z.number()),
  auditHead: z.object({ seq: z.number(), hash: z.string() }),
  file: z.string(),
  bytes: z.number(),
  sha256: z.string(),
  integrity: z.literal('ok'),
});
export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupReason = BackupManifest['reason'];

export const manifestPath = (backupFile: string) => `${backupFile}.manifest.json`;
export const backupKeyringPath = (backupFile: string) => `${backupFile}.keyring`;

export function writeManifest(backupFile: string, m: BackupManifest): void {
  writeFileAtomic(manifestPath(backupFile), `${JSON.stringify(m, null, 2)}\n`, 0o644);
}

export function readManifest(backupFile: string): BackupManifest | null {
  const p = manifestPath(backupFile);
  if (!existsSync(p)) return null;
  try {
    const r = manifestSchema.safeParse(JSON.parse(readFileSync(p, 'utf8')));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** The backups in a folder that have a readable manifest, newest first. */
export function listBackupsIn(dir: string): Array<{ path: string; manifest: BackupManifest }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.komak.manifest.json'))
    .map((n) => join(dir, n.slice(0, -'.manifest.json'.length)))
    .filter((p) => existsSync(p))
    .flatMap((path) => {
      const manifest = readManifest(path);
      return manifest && manifest.file === basename(path) ? [{ path, manifest }] : [];
    })
    .sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt));
}

/** `komak-2026-11-22_140500-daily.komak`, in Tashkent time; a number is added if taken. */
export function backupFileName(dir: string, localStamp: string, reason: BackupReason): string {
  let name = `komak-${localStamp}-${reason}.komak`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `komak-${localStamp}-${reason}-${i}.komak`;
  return join(dir, name);
}

export { dirname };
