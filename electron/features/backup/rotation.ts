import { tashkentParts } from '../../contract/format';

export interface RotatedBackup {
  file: string;
  createdAt: string;
  reason: string;
}

/** Automatic daily backups kept: the newest of each of the last 7 days, 4 weeks and 12 months that have one. */
export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;
/** Backups taken before a migration or a restore: the newest few of each. */
export const KEEP_SAFETY = 5;

/** ISO week key (`2026-W48`) of a Tashkent date. */
function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3); // the Thursday of this week decides its year
  const year = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((d.getTime() - jan4.getTime()) / 86_400_000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Which automatic backups can go. Grandfather-father-son: walking from the newest, the first
 * backup of each new day (up to 7 days), week (4) and month (12) is kept. Manual backups and
 * other reasons are never listed here, except safety copies beyond the newest five of a reason.
 */
export function backupsToRemove(backups: RotatedBackup[]): string[] {
  const keep = new Set<string>();
  const daily = backups.filter((b) => b.reason === 'daily').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const buckets = [
    { n: KEEP.daily, key: (d: string) => d },
    { n: KEEP.weekly, key: isoWeek },
    { n: KEEP.monthly, key: (d: string) => d.slice(0, 7) },
  ];
  for (const { n, key } of buckets) {
    const seen = new Set<string>();
    for (const b of daily) {
      const k = key(tashkentParts(new Date(b.createdAt)).date);
      if (seen.has(k)) continue;
      if (seen.size >= n) break;
      seen.add(k);
      keep.add(b.file);
    }
  }
  const remove = daily.filter((b) => !keep.has(b.file)).map((b) => b.file);
  for (const reason of ['pre-migration', 'pre-restore']) {
    const safety = backups.filter((b) => b.reason === reason).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    remove.push(...safety.slice(KEEP_SAFETY).map((b) => b.file));
  }
  return remove;
}

export { isoWeek };
