/** Messages of the audit area. */
export const auditMessages = {
  uz: {
    v: { dateOrder: 'Tugash sanasi boshlanish sanasidan oldin boʻlmasin.' },
    audit: {
      intact: 'Audit jurnali butun: {{count}} ta yozuv, oxirgi xesh {{head}}.',
      broken: 'Audit jurnali oʻzgartirilgan: {{seq}}-yozuv ({{problem}}).',
      problem: {
        edited: 'tahrirlangan',
        deleted: 'oʻchirilgan',
        inserted: 'qoʻshib qoʻyilgan',
        reordered: 'tartibi oʻzgartirilgan',
        truncated: 'oxiridan kesilgan',
        anchor: 'zaxira nusxada qayd etilgan xeshga mos emas',
      },
    },
  },
  ru: {
    v: { dateOrder: 'Дата окончания не может быть раньше даты начала.' },
    audit: {
      intact: 'Журнал аудита цел: {{count}} записей, последний хеш {{head}}.',
      broken: 'Журнал аудита изменён: запись № {{seq}} ({{problem}}).',
      problem: {
        edited: 'изменена',
        deleted: 'удалена',
        inserted: 'вставлена',
        reordered: 'переставлена',
        truncated: 'журнал обрезан с конца',
        anchor: 'не совпадает с хешем, записанным в резервной копии',
      },
    },
  },
  en: {
    v: { dateOrder: 'The end date cannot be before the start date.' },
    audit: {
      intact: 'The audit trail is intact: {{count}} entries, head hash {{head}}.',
      broken: 'The audit trail was changed at entry #{{seq}} ({{problem}}).',
      problem: {
        edited: 'edited',
        deleted: 'deleted',
        inserted: 'inserted',
        reordered: 'reordered',
        truncated: 'cut from the end',
        anchor: 'does not match the head recorded in a backup',
      },
    },
  },
};
