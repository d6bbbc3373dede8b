/** Labels every document shares (header, footer, signature block, training banner), uz / ru / en. */
export const pdfMessages = {
  uz: {
    pdf: {
      page: '{{page}} / {{pages}}',
      generatedAt: 'Yaratilgan: {{at}}',
      stir: 'STIR: {{stir}}',
      training: 'OʻQUV — haqiqiy maʼlumot emas · TRAINING — not real data',
      trainingMark: 'OʻQUV · TRAINING',
      signature: 'imzo',
      fullName: 'F.I.Sh.',
      date: 'sana',
      stamp: 'M.O.',
      total: 'Jami',
      facilityKind: {
        family_home: 'Oila turidagi bolalar uyi',
        women_center: 'Xotin-qizlarni reabilitatsiya qilish va moslashtirish markazi',
        trafficking_shelter: 'Odam savdosi qurbonlarini reabilitatsiya qilish markazi',
        day_care: 'Kunduzgi parvarish xizmati',
      },
    },
  },
  ru: {
    pdf: {
      page: '{{page}} / {{pages}}',
      generatedAt: 'Сформировано: {{at}}',
      stir: 'ИНН: {{stir}}',
      training: 'OʻQUV — haqiqiy maʼlumot emas · TRAINING — not real data · УЧЕБНЫЕ — не настоящие данные',
      trainingMark: 'OʻQUV · TRAINING',
      signature: 'подпись',
      fullName: 'Ф.И.О.',
      date: 'дата',
      stamp: 'М.П.',
      total: 'Всего',
      facilityKind: {
        family_home: 'Детский дом семейного типа',
        women_center: 'Центр реабилитации и адаптации женщин',
        trafficking_shelter: 'Центр реабилитации жертв торговли людьми',
        day_care: 'Служба дневного ухода',
      },
    },
  },
  en: {
    pdf: {
      page: '{{page}} / {{pages}}',
      generatedAt: 'Generated: {{at}}',
      stir: 'STIR (taxpayer no.): {{stir}}',
      training: 'TRAINING — not real data · OʻQUV — haqiqiy maʼlumot emas',
      trainingMark: 'TRAINING · OʻQUV',
      signature: 'signature',
      fullName: 'full name',
      date: 'date',
      stamp: 'Seal',
      total: 'Total',
      facilityKind: {
        family_home: 'Family-type children’s home',
        women_center: 'Rehabilitation and adaptation center for women',
        trafficking_shelter: 'Rehabilitation center for victims of human trafficking',
        day_care: 'Day-care service',
      },
    },
  },
};
