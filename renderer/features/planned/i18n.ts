// Empty states of the areas still to come: what each will hold and how work there will start.
import type { Translations } from '../../i18n/types';

export const uz = {
  emptyTitle: 'Bu boʻlim tayyorlanmoqda',
  soon: 'Keyingi yangilanishda',
  meanwhileStaff: 'Hozircha: xodimlarni qoʻshish',
  clients: {
    intro: 'Muassasaga qabul qilingan har bir kishi haqidagi maʼlumotlar.',
    start:
      'Ish birinchi xizmat oluvchini qabul qilishdan boshlanadi: ism yoki kodlangan identifikator, tugʻilgan sana, JShShIR va qabul sanasi.',
    p1: 'Roʻyxat: qidiruv va filtrlar bilan, ismning turlicha yozilishini hisobga olgan holda',
    p2: 'Shaxsiy yozuv: hujjatlar, salomatlik, qonuniy vakillar va qarindoshlar',
    p3: 'Anonimlik: kerakli joyda kodlangan identifikatorlar (masalan, W-2026-0042)',
  },
  beds: {
    intro: 'Xonalar va oʻrinlar — bir qarashda, mehmonxona qabulxonasidagidek.',
    start: 'Avval xonalar va ulardagi oʻrinlarni kiritasiz, soʻng xizmat oluvchilarni oʻrinlarga joylashtirasiz.',
    p1: 'Xonalar ustunlarda, oʻrinlar kartochkalarda; joylashtirish sudrab olib borish bilan',
    p2: 'Band qilib qoʻyilgan oʻrinlar alohida rangda',
    p3: 'Bandlik va oʻrin-kunlar hisobotlar uchun oʻzi hisoblanadi',
  },
  plans: {
    intro: 'Har bir xizmat oluvchining individual rivojlanish (reabilitatsiya) rejasi.',
    start: 'Reja xizmat oluvchining sahifasidan boshlanadi: ehtiyojlar boʻyicha maqsadlar, boshlangʻich holat va kutilgan natija.',
    p1: 'Ehtiyojlar boʻyicha guruhlangan maqsadlar va tadbirlar',
    p2: 'Koʻrib chiqishlar: har bir maqsad boʻyicha erishilgan natija',
    p3: 'Muddati oʻtgan koʻrib chiqishlar bosh sahifada qizil rangda',
  },
  attendance: {
    intro: 'Kim keldi, kim ketdi — har kuni, bir bosishda.',
    start: 'Har kuni ertalab davomatni ochasiz va kelgan har bir kishining kartochkasini bosasiz; vaqt oʻzi yoziladi.',
    p1: 'Kartochkalar: bir bosishda «keldi» yoki «ketdi»',
    p2: 'Kelmaganlik sababi kichik oynada: kasallik, oilaviy sabab, taʼtil…',
    p3: '«Keldi / kutilgan» hisoblagichi doim koʻz oldingizda',
  },
  careLog: {
    intro: 'Kundalik parvarish yozuvlari va smena topshirish.',
    start: 'Koʻp uchraydigan yozuvlar («toʻliq ovqatlandi», «dori berildi») bitta bosishda; qolganini qisqa izoh bilan yozasiz.',
    p1: 'Hodisa vaqti va yozuv vaqti alohida koʻrsatiladi',
    p2: '«Smena uchun» belgisi va keyingi smena tasdiqlaydigan topshirish',
    p3: 'Tuzatishlar oʻchirilmaydi — ustidan chiziladi',
  },
  billing: {
    intro: 'Davlat vaucherlari boʻyicha koʻrsatilgan xizmatlar hisobi.',
    start: 'Avval tariflar va xizmat oluvchilarning vaucherlarini kiritasiz; oy oxirida hisob-faktura davomatdan oʻzi tuziladi.',
    p1: 'Vaucherlar: dastur, egasi, amal qilish muddati, tarif',
    p2: 'Tariflar kuchga kirish sanasi bilan saqlanadi',
    p3: 'Agentlikka oylik hisob-faktura, summalar soʻmda',
  },
  reports: {
    intro: 'Agentlikka davriy hisobotlar, muassasa imzosi bilan.',
    start: 'Oy oxirida hisobotni tayyorlaysiz, tekshirasiz va yopasiz; imzolangan fayl agentlikka yuboriladi.',
    p1: 'Kim bor edi: davr boshida, qabul qilinganlar, chiqarilganlar, davr oxirida',
    p2: 'Oʻrin-kunlar, bandlik, davomat va koʻrsatilgan xizmatlar',
    p3: 'Yopilgan davr qulflanadi; qayta ochish uchun sabab soʻraladi',
  },
};

export const ru: Translations<typeof uz> = {
  emptyTitle: 'Этот раздел готовится',
  soon: 'В следующем обновлении',
  meanwhileStaff: 'А пока: добавить сотрудников',
  clients: {
    intro: 'Сведения о каждом, кто принят в учреждение.',
    start: 'Работа начнётся с приёма первого подопечного: имя или кодовый идентификатор, дата рождения, ПИНФЛ и дата приёма.',
    p1: 'Список с поиском и фильтрами, с учётом разного написания имён',
    p2: 'Личное дело: документы, здоровье, законные представители и родственники',
    p3: 'Анонимность: кодовые идентификаторы там, где это нужно (например, W-2026-0042)',
  },
  beds: {
    intro: 'Комнаты и места — с одного взгляда, как на стойке регистрации гостиницы.',
    start: 'Сначала вы опишете комнаты и места в них, затем разместите подопечных по местам.',
    p1: 'Комнаты — столбцами, места — карточками; размещение перетаскиванием',
    p2: 'Забронированные места выделены',
    p3: 'Заполняемость и койко-дни для отчётов считаются сами',
  },
  plans: {
    intro: 'Индивидуальный план развития (реабилитации) каждого подопечного.',
    start: 'План начинается со страницы подопечного: цели по потребностям, исходное состояние и ожидаемый результат.',
    p1: 'Цели и мероприятия, сгруппированные по потребностям',
    p2: 'Пересмотры: достигнутый результат по каждой цели',
    p3: 'Просроченные пересмотры — красным на главной странице',
  },
  attendance: {
    intro: 'Кто пришёл, кто ушёл — каждый день, одним нажатием.',
    start: 'Каждое утро вы открываете посещаемость и нажимаете карточку каждого пришедшего; время записывается само.',
    p1: 'Карточки: одно нажатие — «пришёл» или «ушёл»',
    p2: 'Причина отсутствия — в небольшом окне: болезнь, семейные причины, отпуск…',
    p3: 'Счётчик «пришли / ожидаются» всегда перед глазами',
  },
  careLog: {
    intro: 'Ежедневные записи по уходу и передача смены.',
    start: 'Частые записи («поел полностью», «лекарство дано») — одним нажатием; остальное — короткой заметкой.',
    p1: 'Время события и время записи — отдельно',
    p2: 'Отметка «для смены» и передача, которую подтверждает следующая смена',
    p3: 'Исправления не стирают запись — она зачёркивается',
  },
  billing: {
    intro: 'Учёт услуг, оказанных по государственным ваучерам.',
    start: 'Сначала вы внесёте тарифы и ваучеры подопечных; в конце месяца счёт сформируется из посещаемости.',
    p1: 'Ваучеры: программа, владелец, срок действия, тариф',
    p2: 'Тарифы хранятся с датой вступления в силу',
    p3: 'Ежемесячный счёт агентству, суммы в сумах',
  },
  reports: {
    intro: 'Периодические отчёты агентству с подписью учреждения.',
    start: 'В конце месяца вы готовите отчёт, проверяете и закрываете его; подписанный файл отправляется агентству.',
    p1: 'Кто был: на начало периода, принято, выбыло, на конец периода',
    p2: 'Койко-дни, заполняемость, посещаемость и оказанные услуги',
    p3: 'Закрытый период блокируется; для повторного открытия нужна причина',
  },
};

export const en: Translations<typeof uz> = {
  emptyTitle: 'This area is on its way',
  soon: 'In the next update',
  meanwhileStaff: 'Meanwhile: add staff',
  clients: {
    intro: 'Everything about each person the facility has admitted.',
    start: 'Work here starts with admitting the first client: name or coded identifier, date of birth, PINFL and admission date.',
    p1: 'A list with search and filters that finds names however they are spelled',
    p2: 'A personal file: documents, health, legal representatives and relatives',
    p3: 'Anonymity: coded identifiers where the kind requires them (for example W-2026-0042)',
  },
  beds: {
    intro: 'Rooms and beds at a glance, like a hotel front desk.',
    start: 'First you describe the rooms and their beds, then you assign clients to beds.',
    p1: 'Rooms as columns, beds as cards; assign by dragging',
    p2: 'Held beds are shaded',
    p3: 'Occupancy and bed-days for reports are counted for you',
  },
  plans: {
    intro: 'Each client’s individual development (rehabilitation) plan.',
    start: 'A plan starts from the client’s page: goals by need, a baseline and a target.',
    p1: 'Goals and activities grouped by need',
    p2: 'Reviews with the progress made on each goal',
    p3: 'Overdue reviews in red on the home page',
  },
  attendance: {
    intro: 'Who came and who left — every day, one tap each.',
    start: 'Every morning you open Attendance and tap the card of each person who arrives; the time is recorded for you.',
    p1: 'Cards: one tap for “arrived” or “left”',
    p2: 'The reason for an absence in a small dialog: illness, family reasons, holiday…',
    p3: 'A running “present / expected” count always in view',
  },
  careLog: {
    intro: 'Daily care notes and the shift handover.',
    start: 'Common entries (“ate all”, “medicine given”) take one tap; anything else is a short note.',
    p1: 'Event time and entry time kept apart',
    p2: 'A “for handover” flag, and a handover the next shift acknowledges',
    p3: 'Corrections never erase — the old entry is struck through',
  },
  billing: {
    intro: 'Services delivered under the state’s vouchers, and what they earn.',
    start: 'First you enter tariffs and your clients’ vouchers; at the end of the month the invoice is built from attendance.',
    p1: 'Vouchers: program, holder, validity, tariff',
    p2: 'Tariffs kept with their effective dates',
    p3: 'A monthly invoice to the Agency, amounts in soʻm',
  },
  reports: {
    intro: 'Period reports to the Agency, signed by the facility.',
    start: 'At the end of the month you prepare the report, check it and close it; the signed file goes to the Agency.',
    p1: 'Who was there: at the start, admitted, discharged, at the end',
    p2: 'Bed-days, occupancy, attendance and services delivered',
    p3: 'A closed period is locked; reopening asks for a reason',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    planned: typeof uz;
  }
}
