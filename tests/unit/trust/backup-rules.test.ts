import { describe, expect, it } from 'vitest';
import { backupsToRemove, isoWeek } from '../../../electron/features/backup/rotation';
import { cloudSyncFolder } from '../../../electron/features/backup/cloud-folders';

const daily = (iso: string) => ({ file: `d-${iso}`, createdAt: `${iso}T06:00:00.000Z`, reason: 'daily' });
function days(from: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));
}

describe('backup rotation', () => {
  it('keeps the newest of the last 7 days, 4 weeks and 12 months', () => {
    const all = days('2025-01-01', 500).map(daily); // up to 2026-05-15 (a Friday)
    const removed = new Set(backupsToRemove(all));
    const kept = all
      .filter((b) => !removed.has(b.file))
      .map((b) => b.file.slice(2))
      .sort();
    expect(kept).toEqual([
      // 12 months: the newest of each month, June 2025 … May 2026
      '2025-06-30',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-26', // 4 weeks: the Sundays closing weeks 17, 18, 19 and this week's newest
      '2026-04-30',
      '2026-05-03',
      // 7 days (the newest also stands for week 20 and May)
      '2026-05-09',
      '2026-05-10',
      '2026-05-11',
      '2026-05-12',
      '2026-05-13',
      '2026-05-14',
      '2026-05-15',
    ]);
  });

  it('never removes manual backups, and keeps the newest five safety copies of each kind', () => {
    const manual = days('2020-01-01', 30).map((d) => ({ file: `m-${d}`, createdAt: `${d}T06:00:00Z`, reason: 'manual' }));
    const pre = days('2026-01-01', 8).map((d) => ({ file: `p-${d}`, createdAt: `${d}T06:00:00Z`, reason: 'pre-migration' }));
    expect(backupsToRemove([...manual, ...pre]).sort()).toEqual(['p-2026-01-01', 'p-2026-01-02', 'p-2026-01-03']);
  });

  it('numbers ISO weeks the way calendars do', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
  });
});

describe('cloud-synced folders', () => {
  it.each([
    ['C:\\Users\\dilnoza\\OneDrive\\Komak', 'OneDrive'],
    ['C:\\Users\\dilnoza\\OneDrive - Inson markazi\\data', 'OneDrive - Inson markazi'],
    ['/home/d/Dropbox/komak', 'Dropbox'],
    ['G:\\My Drive\\komak', 'My Drive'],
    ['/Users/d/Google Drive/x', 'Google Drive'],
    ['C:\\Users\\d\\iCloudDrive\\x', 'iCloudDrive'],
    ['/home/d/Yandex.Disk/komak', 'Yandex.Disk'],
    ['C:\\Users\\d\\YandexDisk\\komak', 'YandexDisk'],
  ])('refuses %s', (path, folder) => {
    expect(cloudSyncFolder(path)).toBe(folder);
  });

  it.each(['D:\\Komak\\facility.komak', '/home/d/.config/Komak/facility.komak', 'E:\\KOMAK-BACKUP', '/media/usb/onedrive-notes.txt.d'])(
    'accepts %s',
    (path) => {
      expect(cloudSyncFolder(path)).toBeNull();
    },
  );
});
