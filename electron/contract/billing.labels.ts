// Names of billing codes in uz / ru / en — programs, exception reasons, statuses, payment methods:
// one source for the documents the backend writes and for the screens (the renderer imports this file).
import type { Lang } from './core';

const uz = {
  program: {
    day_care_child: 'Kunduzgi parvarish (PQ-41)',
    active_life_home_help: 'Uyda ijtimoiy yordam',
    active_life_home_supervision: 'Uyda nazorat',
    active_life_rehabilitation: 'Tibbiy-ijtimoiy reabilitatsiya',
    active_life_day_supervision: 'Kunduzgi nazorat',
    active_life_personal_assistant: 'Shaxsiy yordamchi',
  },
  reason: {
    incomplete: 'Davomat toʻliq emas (faqat bitta vaqt)',
    check_out_not_after_check_in: 'Ketish vaqti kelishdan keyin emas',
    outside_authorisation: 'Ruxsatnoma muddatidan tashqarida',
    authorisation_suspended: 'Ruxsatnoma toʻxtatilgan',
    authorisation_cancelled: 'Ruxsatnoma bekor qilingan',
    ineligible_age: 'Yoshi mos emas (3 yoshgacha yoki 18 va undan katta)',
    no_birth_date: 'Tugʻilgan sanasi yoʻq',
    no_parameter: 'Bu sana uchun BHM yoki stavka kiritilmagan',
    no_tariff: 'Xizmat tarifi kiritilmagan',
    not_confirmed: 'Davlat tizimida tasdiqlanmagan',
    hours_beyond_9_no_agreement: '9 soatdan ortiq, kelishuvsiz',
    hours_beyond_12: '12 soatdan ortiq',
  },
  status: {
    draft: 'Loyiha',
    issued: 'Chiqarilgan',
    submitted: 'Yuborilgan',
    paid: 'Toʻlangan',
    partly_paid: 'Qisman toʻlangan',
    rejected: 'Rad etilgan',
    active: 'Amalda',
    suspended: 'Toʻxtatilgan',
    cancelled: 'Bekor qilingan',
    expired: 'Muddati oʻtgan',
  },
  method: { cash: 'Naqd', bank: 'Bank oʻtkazmasi', card: 'Karta' },
};

type Tree = typeof uz;

const ru: Tree = {
  program: {
    day_care_child: 'Дневной уход (ПП-41)',
    active_life_home_help: 'Социальная помощь на дому',
    active_life_home_supervision: 'Присмотр на дому',
    active_life_rehabilitation: 'Медико-социальная реабилитация',
    active_life_day_supervision: 'Дневной присмотр',
    active_life_personal_assistant: 'Персональный помощник',
  },
  reason: {
    incomplete: 'Неполная отметка (только одно время)',
    check_out_not_after_check_in: 'Уход не позже прихода',
    outside_authorisation: 'Вне срока направления',
    authorisation_suspended: 'Направление приостановлено',
    authorisation_cancelled: 'Направление отменено',
    ineligible_age: 'Возраст не подходит (до 3 лет или 18+)',
    no_birth_date: 'Нет даты рождения',
    no_parameter: 'Нет БРВ или ставки на эту дату',
    no_tariff: 'Тариф услуги не внесён',
    not_confirmed: 'Не подтверждено в госсистеме',
    hours_beyond_9_no_agreement: 'Более 9 часов без соглашения',
    hours_beyond_12: 'Более 12 часов',
  },
  status: {
    draft: 'Черновик',
    issued: 'Выставлена',
    submitted: 'Отправлена',
    paid: 'Оплачена',
    partly_paid: 'Оплачена частично',
    rejected: 'Отклонена',
    active: 'Действует',
    suspended: 'Приостановлено',
    cancelled: 'Отменено',
    expired: 'Истекло',
  },
  method: { cash: 'Наличные', bank: 'Банковский перевод', card: 'Карта' },
};

const en: Tree = {
  program: {
    day_care_child: 'Day care (PP-41)',
    active_life_home_help: 'Social help at home',
    active_life_home_supervision: 'Supervision at home',
    active_life_rehabilitation: 'Medical-social rehabilitation',
    active_life_day_supervision: 'Day-visit supervision',
    active_life_personal_assistant: 'Personal assistant',
  },
  reason: {
    incomplete: 'Incomplete record (one time only)',
    check_out_not_after_check_in: 'Check-out not after check-in',
    outside_authorisation: 'Outside the authorisation',
    authorisation_suspended: 'Authorisation suspended',
    authorisation_cancelled: 'Authorisation cancelled',
    ineligible_age: 'Age not eligible (under 3 or 18+)',
    no_birth_date: 'No date of birth',
    no_parameter: 'No BCV or rate for this date',
    no_tariff: 'No tariff for the service',
    not_confirmed: 'Not confirmed in the state system',
    hours_beyond_9_no_agreement: 'Beyond 9 hours without an agreement',
    hours_beyond_12: 'Beyond 12 hours',
  },
  status: {
    draft: 'Draft',
    issued: 'Issued',
    submitted: 'Submitted',
    paid: 'Paid',
    partly_paid: 'Partly paid',
    rejected: 'Rejected',
    active: 'Active',
    suspended: 'Suspended',
    cancelled: 'Cancelled',
    expired: 'Expired',
  },
  method: { cash: 'Cash', bank: 'Bank transfer', card: 'Card' },
};

export const billingLabels: Record<Lang, Tree> = { uz, ru, en };
export type BillingLabelGroup = keyof Tree;

/** The name of a code in a language; the code itself when unknown. */
export function billingLabel(lang: Lang, group: BillingLabelGroup, key: string): string {
  return (billingLabels[lang][group] as Record<string, string>)[key] ?? key;
}
