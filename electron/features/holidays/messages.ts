/** Messages of the holiday calendar. oʻ gʻ use U+02BB. A conflict completes "Bu amalni hozir bajarib boʻlmaydi: …". */
export const holidaysMessages = {
  uz: {
    v: { holidays: { year: '2000 dan 2100 gacha boʻlgan yilni tanlang.' } },
    conflict: {
      holidays: {
        monthLocked:
          'bu oyning davomati {{claim}} hisobida davlatga taqdim etilgan va qulflangan; bayramlar roʻyxati ham oʻzgarmaydi. Kerak boʻlsa, hisobni tuzatish orqali hal qiling.',
      },
    },
  },
  ru: {
    v: { holidays: { year: 'Выберите год от 2000 до 2100.' } },
    conflict: {
      holidays: {
        monthLocked:
          'посещаемость этого месяца вошла в счёт {{claim}}, переданный государству, и заблокирована; список праздников месяца тоже не меняется. При необходимости исправьте счёт.',
      },
    },
  },
  en: {
    v: { holidays: { year: 'Choose a year from 2000 to 2100.' } },
    conflict: {
      holidays: {
        monthLocked:
          'this month’s attendance is in claim {{claim}} submitted to the state and is locked; its holidays cannot change either. If needed, correct it through the claim.',
      },
    },
  },
};
