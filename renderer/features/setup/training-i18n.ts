// Words of the training-facility pieces of the first-run screen, merged into the setup namespace.
import type { Translations } from '../../i18n/types';

export const uz = {
  title: 'Oʻquv muassasasi',
  intro:
    'Komakni sinab koʻrish yoki xodimlarni oʻqitish uchun: tanlangan turdagi muassasa bir yillik toʻqima, lekin hayotiy yozuvlar bilan ochiladi. U hamma joyda «OʻQUV REJIMI» deb belgilanadi.',
  open: 'Oʻquv muassasasini ochish',
  chooseKind: 'Avval yuqorida muassasa turini tanlang.',
  working: 'Bir yillik yozuvlar tayyorlanmoqda… Bu bir daqiqagacha vaqt oladi.',
  doneTitle: 'Oʻquv muassasasi tayyor',
  doneText: 'Quyidagi hisoblar bilan kirishingiz mumkin. Parollar faqat hozir koʻrsatiladi: yozib oling yoki chop eting.',
  role: 'Lavozim',
  username: 'Kirish nomi',
  password: 'Parol',
  name: 'F.I.Sh.',
  signingPassword: 'Hisobotlarni imzolash paroli (rahbar)',
  recoveryKey: 'Tiklash kaliti',
  kept: 'Parollarni yozib oldim (yoki chop etdim)',
};

export const ru: Translations<typeof uz> = {
  title: 'Учебное учреждение',
  intro:
    'Чтобы попробовать Komak или обучить сотрудников: откроется учреждение выбранного типа с вымышленными, но правдоподобными записями за год. Оно везде отмечено как «УЧЕБНЫЙ РЕЖИМ».',
  open: 'Открыть учебное учреждение',
  chooseKind: 'Сначала выберите тип учреждения выше.',
  working: 'Готовятся записи за год… Это может занять до минуты.',
  doneTitle: 'Учебное учреждение готово',
  doneText: 'Войдите под одной из учётных записей ниже. Пароли показываются только сейчас: запишите или распечатайте их.',
  role: 'Роль',
  username: 'Имя для входа',
  password: 'Пароль',
  name: 'Ф.И.О.',
  signingPassword: 'Пароль подписи отчётов (руководитель)',
  recoveryKey: 'Ключ восстановления',
  kept: 'Я записал(а) пароли (или распечатал(а))',
};

export const en: Translations<typeof uz> = {
  title: 'Training facility',
  intro:
    'To try Komak or to train staff: a facility of the chosen kind opens with a year of invented but realistic records. It is marked “TRAINING” everywhere.',
  open: 'Open a training facility',
  chooseKind: 'Choose the kind of facility above first.',
  working: 'Preparing a year of records… This can take up to a minute.',
  doneTitle: 'The training facility is ready',
  doneText: 'Sign in with any account below. The passwords are shown only now: write them down or print them.',
  role: 'Role',
  username: 'Username',
  password: 'Password',
  name: 'Full name',
  signingPassword: 'Report signing password (manager)',
  recoveryKey: 'Recovery key',
  kept: 'I wrote the passwords down (or printed them)',
};
