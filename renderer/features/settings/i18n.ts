import type { Translations } from '../../i18n/types';

export const uz = {
  subtitle: 'Muassasa maʼlumotlari, xodimlar hisoblari va xavfsizlik.',
  tabs: { facility: 'Muassasa', users: 'Foydalanuvchilar', security: 'Xavfsizlik' },
  facility: {
    title: 'Muassasa maʼlumotlari',
    kindFixed: 'Muassasa turi birinchi sozlashda tanlangan va oʻzgarmaydi.',
    undo: 'Oʻzgarishlarni bekor qilish',
    saved: 'Muassasa maʼlumotlari saqlandi.',
  },
  users: {
    intro:
      'Har bir xodim oʻz hisobi bilan kiradi va faqat oʻz roliga tegishli boʻlimlarni koʻradi. Hisoblar oʻchirilmaydi — faolsizlantiriladi.',
    add: 'Foydalanuvchi qoʻshish',
    addTitle: 'Yangi foydalanuvchi',
    create: 'Hisob yaratish',
    role: 'Rol',
    language: 'Interfeys tili',
    languageHelp: 'Foydalanuvchi keyin oʻzi oʻzgartira oladi',
    you: 'siz',
    col: { name: 'Xodim', role: 'Rol', language: 'Til', status: 'Holat', created: 'Yaratilgan', actions: 'Amallar' },
    status: { active: 'Faol', inactive: 'Faolsizlantirilgan', locked: '{{until}} gacha bloklangan' },
    resetPassword: 'Parolni tiklash',
    resetTitle: 'Yangi parol: {{name}}',
    resetText: 'Yangi parolni xodimga shaxsan ayting. Hisob blokdan chiqariladi, ochiq seanslari yopiladi.',
    deactivate: 'Faolsizlantirish',
    reactivate: 'Qayta faollashtirish',
    deactivateTitle: '{{name}} faolsizlantirilsinmi?',
    deactivateText:
      'U endi tizimga kira olmaydi. U kiritgan yozuvlar saqlanib qoladi; hisobni istalgan vaqtda qayta faollashtirish mumkin.',
    reactivateTitle: '{{name}} qayta faollashtirilsinmi?',
    reactivateText: 'U yana oʻz paroli bilan tizimga kira oladi.',
    created: '{{name}} uchun hisob yaratildi. Foydalanuvchi nomi: {{username}}.',
    passwordReset: '{{name}} uchun yangi parol oʻrnatildi.',
    deactivated: '{{name}} faolsizlantirildi.',
    reactivated: '{{name}} qayta faollashtirildi.',
  },
};

export const ru: Translations<typeof uz> = {
  subtitle: 'Сведения об учреждении, учётные записи сотрудников и безопасность.',
  tabs: { facility: 'Учреждение', users: 'Пользователи', security: 'Безопасность' },
  facility: {
    title: 'Сведения об учреждении',
    kindFixed: 'Тип учреждения выбран при первой настройке и не меняется.',
    undo: 'Отменить изменения',
    saved: 'Сведения об учреждении сохранены.',
  },
  users: {
    intro:
      'Каждый сотрудник входит под своей учётной записью и видит только разделы своей роли. Учётные записи не удаляются — их отключают.',
    add: 'Добавить пользователя',
    addTitle: 'Новый пользователь',
    create: 'Создать учётную запись',
    role: 'Роль',
    language: 'Язык интерфейса',
    languageHelp: 'Пользователь сможет сменить его сам',
    you: 'вы',
    col: { name: 'Сотрудник', role: 'Роль', language: 'Язык', status: 'Состояние', created: 'Создан', actions: 'Действия' },
    status: { active: 'Активен', inactive: 'Отключён', locked: 'Заблокирован до {{until}}' },
    resetPassword: 'Сбросить пароль',
    resetTitle: 'Новый пароль: {{name}}',
    resetText: 'Сообщите новый пароль сотруднику лично. Учётная запись будет разблокирована, открытые сеансы — закрыты.',
    deactivate: 'Отключить',
    reactivate: 'Включить снова',
    deactivateTitle: 'Отключить пользователя {{name}}?',
    deactivateText: 'Он больше не сможет войти. Сделанные им записи сохранятся; учётную запись можно включить снова в любой момент.',
    reactivateTitle: 'Включить пользователя {{name}} снова?',
    reactivateText: 'Он снова сможет входить со своим паролем.',
    created: 'Учётная запись для {{name}} создана. Имя пользователя: {{username}}.',
    passwordReset: 'Для {{name}} установлен новый пароль.',
    deactivated: 'Пользователь {{name}} отключён.',
    reactivated: 'Пользователь {{name}} снова включён.',
  },
};

export const en: Translations<typeof uz> = {
  subtitle: 'The facility’s details, staff accounts and security.',
  tabs: { facility: 'Facility', users: 'Users', security: 'Security' },
  facility: {
    title: 'Facility details',
    kindFixed: 'The facility kind was chosen at setup and does not change.',
    undo: 'Undo changes',
    saved: 'The facility details are saved.',
  },
  users: {
    intro:
      'Each member of staff signs in with their own account and sees only their role’s areas. Accounts are never deleted — they are deactivated.',
    add: 'Add user',
    addTitle: 'New user',
    create: 'Create account',
    role: 'Role',
    language: 'Interface language',
    languageHelp: 'The user can change it later',
    you: 'you',
    col: { name: 'Staff member', role: 'Role', language: 'Language', status: 'Status', created: 'Created', actions: 'Actions' },
    status: { active: 'Active', inactive: 'Deactivated', locked: 'Locked until {{until}}' },
    resetPassword: 'Reset password',
    resetTitle: 'New password for {{name}}',
    resetText: 'Tell the new password to the person yourself. The account is unlocked and its open sessions are ended.',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    deactivateTitle: 'Deactivate {{name}}?',
    deactivateText: 'They will no longer be able to sign in. Their records stay; you can reactivate the account at any time.',
    reactivateTitle: 'Reactivate {{name}}?',
    reactivateText: 'They will be able to sign in with their password again.',
    created: 'An account for {{name}} has been created. Username: {{username}}.',
    passwordReset: 'A new password is set for {{name}}.',
    deactivated: '{{name}} has been deactivated.',
    reactivated: '{{name}} has been reactivated.',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    settings: typeof uz;
  }
}
