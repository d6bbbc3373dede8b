/** Messages of the key and storage layer: new error codes, the recovery-key notice. */
export const keysMessages = {
  uz: {
    error: {
      too_many_requests: 'Juda koʻp urinish. Bir necha daqiqadan keyin qayta urinib koʻring.',
      database_damaged:
        'Maʼlumotlar bazasi fayli shikastlangan va ochilmaydi. Hech narsa oʻchirilmadi. Oxirgi tekshirilgan zaxira nusxasini tiklang yoki yordam soʻrang.',
      database_too_new: 'Bu maʼlumotlar bazasi Komakning yangiroq versiyasida yozilgan. Dasturni yangilang.',
    },
    keys: {
      recoveryTitle: 'Tiklash kaliti',
      recoveryNotice:
        'Bu kalit faqat bir marta koʻrsatiladi. Uni qogʻozga yozing yoki chop eting va seyfda saqlang. Barcha parollar unutilsa, maʼlumotlarni faqat shu kalit bilan ochish mumkin. Parollar ham, tiklash kaliti ham yoʻqolsa, maʼlumotlarni hech kim — biz ham — ocha olmaydi.',
    },
  },
  ru: {
    error: {
      too_many_requests: 'Слишком много попыток. Повторите через несколько минут.',
      database_damaged:
        'Файл базы данных повреждён и не открывается. Ничего не удалено. Восстановите последнюю проверенную резервную копию или обратитесь за помощью.',
      database_too_new: 'Эта база данных записана более новой версией Komak. Обновите программу.',
    },
    keys: {
      recoveryTitle: 'Ключ восстановления',
      recoveryNotice:
        'Этот ключ показывается только один раз. Запишите или распечатайте его и храните в сейфе. Если все пароли забыты, данные можно открыть только этим ключом. Если потеряны и все пароли, и ключ восстановления, данные не сможет открыть никто — и мы тоже.',
    },
  },
  en: {
    error: {
      too_many_requests: 'Too many attempts. Try again in a few minutes.',
      database_damaged:
        'The database file is damaged and cannot be opened. Nothing was deleted. Restore the latest verified backup or ask for help.',
      database_too_new: 'This database was written by a newer version of Komak. Update the program.',
    },
    keys: {
      recoveryTitle: 'Recovery key',
      recoveryNotice:
        'This key is shown only once. Write it down or print it and keep it in the safe. If every password is forgotten, only this key opens the data. If all passwords and the recovery key are lost, nobody — not even us — can open the data.',
    },
  },
};
