// Navigation labels, needed before any area loads. Add an area: ONE line (this file merges by union).
// The key is the area's labelKey without the `nav.` prefix.
export const navLabels = {
  home: { uz: 'Bosh sahifa', ru: 'Главная', en: 'Home' },
  appeals: { uz: 'Murojaatlar', ru: 'Обращения', en: 'Appeals' },
  clients: { uz: 'Xizmat oluvchilar', ru: 'Подопечные', en: 'Clients' },
  beds: { uz: 'Oʻrinlar', ru: 'Места', en: 'Places' }, // 'Places', not 'beds': in day care the area is the group board
  plans: { uz: 'Individual rejalar', ru: 'Индивидуальные планы', en: 'Plans' },
  attendance: { uz: 'Davomat', ru: 'Посещаемость', en: 'Attendance' },
  careLog: { uz: 'Parvarish jurnali', ru: 'Журнал ухода', en: 'Care log' },
  billing: { uz: 'Vaucherlar va hisob-fakturalar', ru: 'Ваучеры и счета', en: 'Vouchers & invoices' },
  reports: { uz: 'Hisobotlar', ru: 'Отчёты', en: 'Reports' },
  backups: { uz: 'Zaxira nusxalar', ru: 'Резервные копии', en: 'Backups' },
  audit: { uz: 'Audit jurnali', ru: 'Журнал аудита', en: 'Audit trail' },
  settings: { uz: 'Sozlamalar', ru: 'Настройки', en: 'Settings' },
} satisfies Record<string, { uz: string; ru: string; en: string }>;

export type NavLabelKey = `nav.${keyof typeof navLabels}`;
