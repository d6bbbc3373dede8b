import type { Translations } from '../../i18n/types';

export const uz = {
  greeting: 'Xayrli kun, {{name}}!',
  todayIs: 'Bugun {{weekday}}, {{date}}',
  weekdays: { d0: 'yakshanba', d1: 'dushanba', d2: 'seshanba', d3: 'chorshanba', d4: 'payshanba', d5: 'juma', d6: 'shanba' },
  yourAreas: 'Boʻlimlaringiz',
  areas: {
    appeals: 'Ishonch telefoni va murojaatlar reestri, agentlik statistikasi',
    clients: 'Qabul, shaxsiy maʼlumotlar, hujjatlar va chiqish',
    beds: 'Xonalar va oʻrinlar: kim qayerda joylashgan',
    plans: 'Maqsadlar, tadbirlar va koʻrib chiqishlar',
    attendance: 'Har kungi kelish-ketish, bir bosishda',
    rollCall: 'Ertalabki va kechki yoʻqlama',
    backups: 'Zaxira nusxalar va tiklash',
    audit: 'Kim, qachon, nimani koʻrdi va oʻzgartirdi',
    careLog: 'Kundalik yozuvlar va smena topshirish',
    billing: 'Vaucherlar, tariflar va oylik hisob-fakturalar',
    reports: 'Agentlikka davriy hisobotlar',
    settings: 'Muassasa maʼlumotlari va xodimlar hisoblari',
  },
  facility: {
    capacity: 'Sigʻim',
    places_one: '{{count}} oʻrin',
    places_other: '{{count}} oʻrin',
    where: 'Joylashuv',
    occupancySoon: 'Xizmat oluvchilar qabul qilingach, bu yerda bandlik koʻrinadi.',
  },
  start: {
    title: 'Boshlash',
    intro: 'Muassasani ishga tayyorlang: quyidagilar bajarilgach, bu yerda kunning xulosasi boshlanadi.',
    facility: 'Muassasa maʼlumotlari kiritildi',
    staff: 'Xodimlar uchun hisoblar oching',
    clients: 'Birinchi xizmat oluvchilarni qabul qiling',
    check: 'Tekshirish',
    open: 'Ochish',
    addStaff: 'Xodim qoʻshish',
    done: 'Bajarildi',
    todo: 'Hali bajarilmagan',
  },
};

export const ru: Translations<typeof uz> = {
  greeting: 'Добрый день, {{name}}!',
  todayIs: 'Сегодня {{weekday}}, {{date}}',
  weekdays: { d0: 'воскресенье', d1: 'понедельник', d2: 'вторник', d3: 'среда', d4: 'четверг', d5: 'пятница', d6: 'суббота' },
  yourAreas: 'Ваши разделы',
  areas: {
    appeals: 'Телефон доверия и реестр обращений, статистика для агентства',
    clients: 'Приём, личные данные, документы и выбытие',
    beds: 'Комнаты и места: кто где размещён',
    plans: 'Цели, мероприятия и пересмотры',
    attendance: 'Ежедневные приходы и уходы, одним нажатием',
    rollCall: 'Утренняя и вечерняя перекличка',
    backups: 'Резервные копии и восстановление',
    audit: 'Кто, когда, что смотрел и менял',
    careLog: 'Ежедневные записи и передача смены',
    billing: 'Ваучеры, тарифы и ежемесячные счета',
    reports: 'Периодические отчёты агентству',
    settings: 'Сведения об учреждении и учётные записи сотрудников',
  },
  facility: {
    capacity: 'Вместимость',
    places_one: '{{count}} место',
    places_few: '{{count}} места',
    places_many: '{{count}} мест',
    places_other: '{{count}} места',
    where: 'Расположение',
    occupancySoon: 'Когда подопечные будут приняты, здесь появится заполняемость.',
  },
  start: {
    title: 'С чего начать',
    intro: 'Подготовьте учреждение к работе: когда всё ниже будет сделано, здесь начнётся сводка дня.',
    facility: 'Сведения об учреждении внесены',
    staff: 'Создайте учётные записи сотрудникам',
    clients: 'Примите первых подопечных',
    check: 'Проверить',
    open: 'Открыть',
    addStaff: 'Добавить сотрудника',
    done: 'Сделано',
    todo: 'Ещё не сделано',
  },
};

export const en: Translations<typeof uz> = {
  greeting: 'Good day, {{name}}!',
  todayIs: 'Today is {{weekday}}, {{date}}',
  weekdays: { d0: 'Sunday', d1: 'Monday', d2: 'Tuesday', d3: 'Wednesday', d4: 'Thursday', d5: 'Friday', d6: 'Saturday' },
  yourAreas: 'Your areas',
  areas: {
    appeals: 'Hotline and appeals register, statistics for the Agency',
    clients: 'Admission, personal details, documents and discharge',
    beds: 'Rooms and beds: who stays where',
    plans: 'Goals, activities and reviews',
    attendance: 'Daily arrivals and departures, one tap each',
    rollCall: 'Morning and evening roll call',
    backups: 'Backups and restore',
    audit: 'Who saw and changed what, and when',
    careLog: 'Daily notes and shift handover',
    billing: 'Vouchers, tariffs and monthly invoices',
    reports: 'Period reports to the Agency',
    settings: 'Facility details and staff accounts',
  },
  facility: {
    capacity: 'Capacity',
    places_one: '{{count}} place',
    places_other: '{{count}} places',
    where: 'Location',
    occupancySoon: 'Occupancy will show here once clients are admitted.',
  },
  start: {
    title: 'Getting started',
    intro: 'Get the facility ready: once everything below is done, this page starts with the day’s summary.',
    facility: 'Facility details entered',
    staff: 'Create accounts for your staff',
    clients: 'Admit the first clients',
    check: 'Check',
    open: 'Open',
    addStaff: 'Add staff',
    done: 'Done',
    todo: 'Not done yet',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    home: typeof uz;
  }
}
