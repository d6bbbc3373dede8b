// Billing messages: validation and conflict reasons, and the labels of claims and invoices.
// Uzbek first (Latin, oʻ gʻ with U+02BB); terms as in DOMAIN.md (BHM, "Inson" markazi …).
// The names of programs, reasons, statuses and methods live in the contract (the screens use them too).
import { billingLabels } from '../../contract/billing.labels';

const uz = {
  v: {
    month: 'Oyni YYYY-OO koʻrinishida kiriting.',
    positive: 'Musbat son kiriting.',
    tooLarge: 'Juda katta son.',
    decimal: 'Sonni kiriting (kasr qismi nuqta bilan: 1.1).',
    mfo: 'MFO 5 ta raqamdan iborat.',
    account: 'Hisob raqami 20 ta raqamdan iborat.',
    validTo: 'Tugash sanasi boshlanish sanasidan oldin boʻlishi mumkin emas.',
    voucherSixMonths: '«Faol hayot sari qadam» vaucheri 6 oydan oshmasligi kerak.',
    clientUnknown: 'Bunday mijoz topilmadi.',
    voucherTaken: 'Bu raqamli ruxsatnoma allaqachon bor.',
    voucherDuplicate: 'Bu raqam faylda bir necha marta uchraydi.',
    cancelReason: 'Bekor qilish sababini tanlang.',
    timesOrAbsence: 'Kelish va ketish vaqtini yoki kelmaganlik sababini kiriting (ikkalasini emas).',
  },
  conflict: {
    parameterDateTaken: 'bu sanadan boshlab qiymat allaqachon kiritilgan; yangi sanani tanlang.',
    monthClaimed: 'bu oy uchun talabnoma allaqachon chiqarilgan.',
    monthNotOver: 'oy hali tugamagan; talabnomani oy tugagach chiqaring.',
    claimNotIssued: 'talabnoma bu holatda emas.',
    paidTooMuch: 'toʻlangan summa talabnoma summasidan oshib ketdi.',
    lineNotInClaim: 'bu qator ushbu talabnomaga tegishli emas.',
    notLocked: 'bu kun hali hisob-kitobga kiritilmagan; uni davomat jadvalida oʻzgartiring.',
    authorisationFinal: 'bekor qilingan ruxsatnomani qayta faollashtirib boʻlmaydi.',
    statusBeforeStart: 'holat sanasi ruxsatnoma amal qilish muddatidan tashqarida.',
    agreementOverlap: 'shu davrda boshqa kelishuv amal qiladi.',
    endBeforeStart: 'tugash sanasi boshlanishidan oldin.',
    overpayment: 'toʻlov qoldiqdan oshib ketdi.',
    nothingToIssue: 'bu oy uchun ota-onalarga hisob yoʻq.',
    tariffDateTaken: 'bu xizmat uchun shu sanadan tarif allaqachon kiritilgan.',
    notInitialized: 'muassasa sozlanmagan.',
  },
  billing: billingLabels.uz,
};

type Tree = typeof uz;

const ru: Tree = {
  v: {
    month: 'Укажите месяц в виде ГГГГ-ММ.',
    positive: 'Введите положительное число.',
    tooLarge: 'Слишком большое число.',
    decimal: 'Введите число (дробная часть через точку: 1.1).',
    mfo: 'МФО состоит из 5 цифр.',
    account: 'Расчётный счёт состоит из 20 цифр.',
    validTo: 'Дата окончания не может быть раньше даты начала.',
    voucherSixMonths: 'Ваучер «Шаг к активной жизни» — не более 6 месяцев.',
    clientUnknown: 'Такой клиент не найден.',
    voucherTaken: 'Направление с таким номером уже есть.',
    voucherDuplicate: 'Этот номер встречается в файле несколько раз.',
    cancelReason: 'Выберите причину отмены.',
    timesOrAbsence: 'Укажите время прихода и ухода или причину отсутствия (не то и другое).',
  },
  conflict: {
    parameterDateTaken: 'значение с этой даты уже внесено; выберите другую дату.',
    monthClaimed: 'заявка за этот месяц уже выставлена.',
    monthNotOver: 'месяц ещё не закончился; выставьте заявку после его окончания.',
    claimNotIssued: 'заявка не в этом состоянии.',
    paidTooMuch: 'оплаченная сумма больше суммы заявки.',
    lineNotInClaim: 'эта строка не относится к заявке.',
    notLocked: 'этот день ещё не выставлен; измените его в табеле посещаемости.',
    authorisationFinal: 'отменённое направление нельзя снова сделать действующим.',
    statusBeforeStart: 'дата вне срока действия направления.',
    agreementOverlap: 'в этот период действует другое соглашение.',
    endBeforeStart: 'дата окончания раньше начала.',
    overpayment: 'платёж больше остатка.',
    nothingToIssue: 'за этот месяц родителям нечего выставлять.',
    tariffDateTaken: 'тариф этой услуги с этой даты уже внесён.',
    notInitialized: 'учреждение не настроено.',
  },
  billing: billingLabels.ru,
};

const en: Tree = {
  v: {
    month: 'Enter the month as YYYY-MM.',
    positive: 'Enter a positive number.',
    tooLarge: 'Number too large.',
    decimal: 'Enter a number (decimals with a dot: 1.1).',
    mfo: 'The MFO has 5 digits.',
    account: 'The account number has 20 digits.',
    validTo: 'The end date cannot be before the start date.',
    voucherSixMonths: 'A "Step Towards an Active Life" voucher is at most 6 months.',
    clientUnknown: 'No such client.',
    voucherTaken: 'An authorisation with this number already exists.',
    voucherDuplicate: 'This number appears more than once in the file.',
    cancelReason: 'Choose the reason for cancelling.',
    timesOrAbsence: 'Enter arrival and departure times or an absence reason (not both).',
  },
  conflict: {
    parameterDateTaken: 'a value from this date already exists; choose another date.',
    monthClaimed: 'the claim for this month has already been issued.',
    monthNotOver: 'the month is not over yet; issue the claim after it ends.',
    claimNotIssued: 'the claim is not in that state.',
    paidTooMuch: 'the amount paid is more than the claim.',
    lineNotInClaim: 'that line is not part of this claim.',
    notLocked: 'this day has not been claimed; change it in the attendance sheet.',
    authorisationFinal: 'a cancelled authorisation cannot be made active again.',
    statusBeforeStart: 'the date is outside the authorisation’s validity.',
    agreementOverlap: 'another agreement is in force in that period.',
    endBeforeStart: 'the end date is before the start.',
    overpayment: 'the payment is more than the balance.',
    nothingToIssue: 'there is nothing to invoice to parents for this month.',
    tariffDateTaken: 'a tariff for this service from this date already exists.',
    notInitialized: 'the facility is not set up.',
  },
  billing: billingLabels.en,
};

export const billingMessages = { uz, ru, en };
