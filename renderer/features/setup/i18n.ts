import type { Translations } from '../../i18n/types';
import * as training from './training-i18n';

export const uz = {
  title: 'Birinchi sozlash',
  training: training.uz,
  steps: { kind: 'Muassasa turi', details: 'Maʼlumotlar', manager: 'Rahbar hisobi' },
  kind: {
    title: 'Qanday muassasa?',
    intro:
      'Turini tanlang: Komak shunga qarab kerakli boʻlimlar, hujjatlar va hisobotlarni tayyorlaydi. Keyin turini oʻzgartirib boʻlmaydi.',
    choose: 'Davom etish uchun muassasa turini tanlang.',
  },
  details: {
    title: 'Muassasa maʼlumotlari',
    intro: 'Bu maʼlumotlar hisobotlar va hisob-fakturalarda chiqadi. Keyinroq Sozlamalarda oʻzgartirish mumkin.',
  },
  manager: {
    title: 'Rahbar hisobi',
    intro:
      'Bu birinchi foydalanuvchi: u boshqa xodimlarga hisob ochadi. Parolni esda qoladigan, lekin boshqalar topa olmaydigan qilib tanlang.',
    create: 'Muassasani yaratish',
  },
  done: {
    title: 'Muassasa tayyor',
    text: '«{{username}}» nomi va hozirgina tanlagan parolingiz bilan kiring. Soʻng Sozlamalarda xodimlar uchun hisoblar oching.',
    signIn: 'Kirish sahifasiga',
    recoveryTitle: 'Tiklash kalitini yozib oling va seyfda saqlang',
    recoveryText:
      'Maʼlumotlar shifrlangan. Barcha parollar unutilsa, bazani faqat shu kalit ochadi. U boshqa koʻrsatilmaydi. Parollar ham, kalit ham yoʻqolsa, maʼlumotlarni hech kim, hatto Komak ham ocha olmaydi.',
    recoveryKept: 'Kalitni yozib oldim (yoki chop etdim)',
    print: 'Chop etish',
  },
};

export const ru: Translations<typeof uz> = {
  title: 'Первая настройка',
  training: training.ru,
  steps: { kind: 'Тип учреждения', details: 'Сведения', manager: 'Учётная запись руководителя' },
  kind: {
    title: 'Какое у вас учреждение?',
    intro: 'Выберите тип: по нему Komak подготовит нужные разделы, документы и отчёты. Позже тип изменить нельзя.',
    choose: 'Чтобы продолжить, выберите тип учреждения.',
  },
  details: {
    title: 'Сведения об учреждении',
    intro: 'Эти сведения попадут в отчёты и счета. Позже их можно изменить в настройках.',
  },
  manager: {
    title: 'Учётная запись руководителя',
    intro:
      'Это первый пользователь: он создаёт учётные записи остальным сотрудникам. Выберите пароль, который вы запомните, а другие не угадают.',
    create: 'Создать учреждение',
  },
  done: {
    title: 'Учреждение готово',
    text: 'Войдите под именем «{{username}}» с паролем, который вы только что выбрали. Затем создайте учётные записи сотрудникам в настройках.',
    signIn: 'Перейти ко входу',
    recoveryTitle: 'Запишите ключ восстановления и храните его в сейфе',
    recoveryText:
      'Данные зашифрованы. Если все пароли забыты, базу откроет только этот ключ. Он больше не будет показан. Если потеряны и пароли, и ключ, данные не сможет открыть никто, даже Komak.',
    recoveryKept: 'Я записал(а) ключ (или распечатал(а))',
    print: 'Печать',
  },
};

export const en: Translations<typeof uz> = {
  title: 'First-run setup',
  training: training.en,
  steps: { kind: 'Facility kind', details: 'Details', manager: 'Manager account' },
  kind: {
    title: 'What kind of facility is this?',
    intro: 'Choose the kind: Komak prepares the areas, documents and reports it needs. The kind cannot be changed later.',
    choose: 'Choose the facility kind to continue.',
  },
  details: {
    title: 'Facility details',
    intro: 'These details appear on reports and invoices. You can change them later in Settings.',
  },
  manager: {
    title: 'Manager account',
    intro:
      'The first user: the manager creates the accounts of the other staff. Choose a password you will remember and others cannot guess.',
    create: 'Create the facility',
  },
  done: {
    title: 'The facility is ready',
    text: 'Sign in as “{{username}}” with the password you have just chosen. Then create the staff accounts in Settings.',
    signIn: 'Go to sign-in',
    recoveryTitle: 'Write down the recovery key and keep it in the safe',
    recoveryText:
      'The data is encrypted. If every password is forgotten, only this key opens the database. It will not be shown again. If both the passwords and the key are lost, nobody — not even Komak — can open the data.',
    recoveryKept: 'I have written the key down (or printed it)',
    print: 'Print',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    setup: typeof uz;
  }
}
