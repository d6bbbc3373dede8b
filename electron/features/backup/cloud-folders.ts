import { resolve, sep } from 'node:path';

/**
 * Folders that cloud clients copy to servers abroad. Personal data of the facility's clients must
 * stay on equipment in Uzbekistan, so neither the database nor its backups may live in one.
 * Matched on whole folder names, case-insensitively (`OneDrive - Org` included).
 */
const EXACT = [
  'dropbox',
  'google drive',
  'googledrive',
  'my drive',
  'icloud drive',
  'iclouddrive',
  'com~apple~clouddocs',
  'mobile documents',
  'yandex.disk',
  'yandexdisk',
  'яндекс.диск',
  'mega',
  'megasync',
  'pcloud drive',
  'box',
  'box sync',
  'mail.ru cloud',
  'облако mail.ru',
  'nextcloud',
  'owncloud',
  'sync',
  'tresorit',
];
/** `OneDrive - Organisation`, `Dropbox (Team)`, `Google Drive (x@y)`, `Yandex.Disk.ru`. */
const PATTERNS = [/^onedrive( - .+)?$/, /^dropbox \(.+\)$/, /^google drive \(.+\)$/, /^yandex\.disk\.\w+$/];

/** The name of the cloud folder the path is in, or null. */
export function cloudSyncFolder(path: string): string | null {
  const parts = resolve(path).split(/[\\/]/).concat(path.split(sep));
  for (const part of parts) {
    const p = part.trim().toLowerCase();
    if (!p) continue;
    if (EXACT.includes(p) || PATTERNS.some((x) => x.test(p))) return part.trim();
  }
  return null;
}

/** In all three languages: it is thrown before anyone has chosen one (the app cannot start). */
export class CloudFolderError extends Error {
  constructor(
    readonly path: string,
    readonly folder: string,
  ) {
    super(
      [
        `The facility database ${path} is inside the cloud folder "${folder}". Personal data must stay on this PC: move it to a local folder.`,
        `Muassasa maʼlumotlar bazasi ${path} bulutli "${folder}" papkasida joylashgan. Shaxsiy maʼlumotlar shu kompyuterda qolishi kerak: uni mahalliy papkaga koʻchiring.`,
        `База данных учреждения ${path} находится в облачной папке «${folder}». Персональные данные должны оставаться на этом компьютере: перенесите её в локальную папку.`,
      ].join('\n'),
    );
    this.name = 'CloudFolderError';
  }
}
