/** Signing keys: errors and labels, uz / ru / en. */
const uz = {
  conflict: {
    keyKnown: 'bu sertifikat allaqachon muassasada bor.',
    keyExists: 'muassasada faol imzo kaliti bor. Yangisini yaratish uchun eskisini almashtirishni tasdiqlang.',
  },
  v: {
    passwordMismatch: 'Parollar bir xil emas.',
    signingPasswordWrong: 'Imzo paroli notoʻgʻri.',
    signingPasswordSameAsLogin: 'Imzo paroli kirish parolingizdan farq qilsin.',
    p12Unreadable: 'Faylni ochib boʻlmadi: bu .p12/.pfx emas yoki parol notoʻgʻri.',
    p12NoKey: 'Faylda shaxsiy kalit yoʻq.',
    p12NotRsa: 'Faqat RSA kalitlari qoʻllab-quvvatlanadi.',
    p12NoCertificate: 'Faylda kalitga mos sertifikat yoʻq.',
    p12Expired: 'Sertifikatning amal qilish muddati tugagan yoki hali boshlanmagan.',
    file: 'Fayl notoʻgʻri.',
  },
};
type Tree = typeof uz;
const ru: Tree = {
  conflict: {
    keyKnown: 'этот сертификат уже есть у учреждения.',
    keyExists: 'у учреждения уже есть действующий ключ подписи. Чтобы создать новый, подтвердите замену старого.',
  },
  v: {
    passwordMismatch: 'Пароли не совпадают.',
    signingPasswordWrong: 'Неверный пароль подписи.',
    signingPasswordSameAsLogin: 'Пароль подписи должен отличаться от пароля входа.',
    p12Unreadable: 'Файл не открывается: это не .p12/.pfx или пароль неверный.',
    p12NoKey: 'В файле нет закрытого ключа.',
    p12NotRsa: 'Поддерживаются только ключи RSA.',
    p12NoCertificate: 'В файле нет сертификата, подходящего к ключу.',
    p12Expired: 'Срок действия сертификата истёк или ещё не начался.',
    file: 'Неверный файл.',
  },
};
const en: Tree = {
  conflict: {
    keyKnown: 'this certificate is already known to the facility.',
    keyExists: 'the facility already has an active signing key. Confirm replacing it to create a new one.',
  },
  v: {
    passwordMismatch: 'The passwords do not match.',
    signingPasswordWrong: 'Wrong signing password.',
    signingPasswordSameAsLogin: 'The signing password must differ from your sign-in password.',
    p12Unreadable: 'The file cannot be opened: it is not a .p12/.pfx, or the password is wrong.',
    p12NoKey: 'The file holds no private key.',
    p12NotRsa: 'Only RSA keys are supported.',
    p12NoCertificate: 'The file holds no certificate for its key.',
    p12Expired: 'The certificate has expired or is not valid yet.',
    file: 'The file is not valid.',
  },
};
export const signingMessages = { uz, ru, en };
