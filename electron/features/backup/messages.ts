/** Messages of backups and restore. */
export const backupMessages = {
  uz: {
    v: {
      cloudFolder:
        'Bu papka internetdagi bulutga (OneDrive, Dropbox, Google Drive, iCloud, Yandex.Disk…) sinxronlanadi. Shaxsiy maʼlumotlar Oʻzbekistondagi qurilmada qolishi kerak: shu kompyuterdagi papkani yoki fleshkani tanlang.',
      absolutePath: 'Papka yoki faylning toʻliq yoʻlini kiriting.',
      fileMissing: 'Bunday fayl yoʻq.',
      confirm: 'Tiklashni tasdiqlang.',
    },
    conflict: {
      backupOtherFacility: 'bu zaxira nusxa boshqa maʼlumotlar bazasiga tegishli; uni tiklash kaliti bilan buyruq satrida tiklang.',
      backupUnencrypted: 'bu zaxira nusxa shifrlanmagan va bu muassasaga tegishli emas.',
      backupChanged: 'zaxira nusxa yozilganidan keyin oʻzgargan; unga ishonib boʻlmaydi.',
      backupUnreadable: 'zaxira nusxani ochib yoki tekshirib boʻlmadi.',
    },
  },
  ru: {
    v: {
      cloudFolder:
        'Эта папка синхронизируется с облаком в интернете (OneDrive, Dropbox, Google Drive, iCloud, Яндекс.Диск…). Персональные данные должны оставаться на оборудовании в Узбекистане: выберите папку на этом компьютере или флешку.',
      absolutePath: 'Укажите полный путь к папке или файлу.',
      fileMissing: 'Такого файла нет.',
      confirm: 'Подтвердите восстановление.',
    },
    conflict: {
      backupOtherFacility: 'эта резервная копия относится к другой базе данных; восстановите её в командной строке ключом восстановления.',
      backupUnencrypted: 'эта резервная копия не зашифрована и не относится к этому учреждению.',
      backupChanged: 'резервная копия изменилась после записи; ей нельзя доверять.',
      backupUnreadable: 'резервную копию не удалось открыть или проверить.',
    },
  },
  en: {
    v: {
      cloudFolder:
        'This folder is synced to a cloud on the internet (OneDrive, Dropbox, Google Drive, iCloud, Yandex.Disk…). Personal data must stay on equipment in Uzbekistan: choose a folder on this PC or a USB stick.',
      absolutePath: 'Give the full path of the folder or file.',
      fileMissing: 'There is no such file.',
      confirm: 'Confirm the restore.',
    },
    conflict: {
      backupOtherFacility: 'this backup belongs to another database; restore it on the command line with its recovery key.',
      backupUnencrypted: 'this backup is not encrypted and does not belong to this facility.',
      backupChanged: 'the backup changed after it was written; it cannot be trusted.',
      backupUnreadable: 'the backup could not be opened or checked.',
    },
  },
};
