/** Messages of the idle lock setting and the damaged-database restore. */
export const securityMessages = {
  uz: {
    v: { idleLockRange: '1 dan 120 daqiqagacha boʻlgan son kiriting.' },
    conflict: {
      notDamaged:
        'maʼlumotlar bazasi joyida; bu yerdan tiklash faqat baza shikastlanganda mumkin. Zaxira nusxalar sahifasidan foydalaning.',
      noVerifiedBackup: 'tekshirilgan zaxira nusxa topilmadi. Yordam soʻrang: shikastlangan fayl oʻchirilmagan.',
    },
  },
  ru: {
    v: { idleLockRange: 'Введите число от 1 до 120 минут.' },
    conflict: {
      notDamaged: 'база данных в порядке; восстановление здесь возможно только при повреждении. Используйте страницу «Резервные копии».',
      noVerifiedBackup: 'проверенная резервная копия не найдена. Обратитесь за помощью: повреждённый файл не удалён.',
    },
  },
  en: {
    v: { idleLockRange: 'Enter a number from 1 to 120 minutes.' },
    conflict: {
      notDamaged: 'the database is fine; restoring here is only for a damaged one. Use the Backups page.',
      noVerifiedBackup: 'no verified backup was found. Ask for help: the damaged file was not deleted.',
    },
  },
};
