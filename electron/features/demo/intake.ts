// Who arrives at each kind of facility, and why: the person (and a woman's children), the referral,
// the reason, and how long they will stay. Proportions are plausible, not statistics.
import type { FacilityKind } from '../../contract/setup.contract';
import type { ReferralSource, DischargeDestination, ExploitationType } from '../../contract/clients.schemas';
import { findDistrict } from '../reference/reference';
import { addDays, ageOn } from './dates';
import { baseFields, birthDateFor, diagnoses, familySurname, insonCenter, parent, personName, type ClientInput } from './people';
import type { Rng } from './prng';
import type { ScaleSpec } from './spec';

export interface Arrival {
  head: ClientInput;
  children: ClientInput[];
  referralSource: ReferralSource;
  referralDocument: string | null;
  reason: string;
  /** Days until discharge (before the 18th-birthday cap). */
  stayDays: number;
  weekdays: number[] | null;
  plannedFrom: string | null;
  plannedTo: string | null;
  /** Day care: the family is on the register of poor families from enrolment. */
  poorFamily: boolean;
  carers: string[];
}

const REASONS: Record<FacilityKind, string[]> = {
  women_center: [
    'Eri tomonidan muntazam jismoniy zoʻravonlik; vaqtincha xavfsiz joy kerak.',
    'Qaynonasi bilan nizo, uydan haydalgan; farzandlari bilan boradigan joyi yoʻq.',
    'Psixologik bosim, oʻz joniga qasd qilish fikrlari; shoshilinch psixologik yordam.',
    'Iqtisodiy zoʻravonlik: hujjatlari va daromadi eridan; mustaqil yashashga tayyorgarlik.',
    'Ajrashgandan keyin uy-joysiz qoldi; ijtimoiy va huquqiy yordam.',
  ],
  trafficking_shelter: [
    'Chet elda majburiy mehnatga jalb qilingan, konsullik orqali qaytarilgan.',
    'Jinsiy ekspluatatsiya qurboni; huquqni muhofaza qilish organlari yoʻllanmasi.',
    'Hujjatlari ish beruvchida qolgan; hujjatlarni tiklash va reintegratsiya.',
  ],
  family_home: [
    'Ota-ona qaramogʻidan mahrum; vasiylik va homiylik organi qarori.',
    'Onasi ota-onalik huquqidan mahrum qilingan; oilaviy tarbiyaga joylashtirish.',
    'Chin yetim; «Inson» markazi yoʻllanmasi.',
  ],
  day_care: [
    'Nogironligi boʻlgan bola; kunduzgi parvarish, ijtimoiy shartnoma asosida.',
    'PMP komissiyasi tavsiyasi: kunduzgi guruh, logoped va defektolog mashgʻulotlari.',
  ],
};

const REFERRALS: Record<FacilityKind, Array<[ReferralSource, number]>> = {
  women_center: [
    ['hotline', 40],
    ['self', 25],
    ['police', 15],
    ['inson_center', 10],
    ['hospital', 5],
    ['family', 5],
  ],
  trafficking_shelter: [
    ['police', 40],
    ['consulate', 25],
    ['ngo', 20],
    ['hotline', 10],
    ['self', 5],
  ],
  family_home: [
    ['guardianship', 60],
    ['inson_center', 40],
  ],
  day_care: [
    ['inson_center', 75],
    ['family', 15],
    ['hospital', 10],
  ],
};

export const DESTINATIONS: Record<FacilityKind, Array<[DischargeDestination, number]>> = {
  women_center: [
    ['own_family', 55],
    ['independent_living', 25],
    ['other_center', 5],
    ['own_will', 15],
  ],
  trafficking_shelter: [
    ['own_family', 60],
    ['independent_living', 20],
    ['other_center', 10],
    ['own_will', 10],
  ],
  family_home: [
    ['guardianship', 35],
    ['adoption', 15],
    ['foster_family', 15],
    ['own_family', 20],
    ['other_institution', 15],
  ],
  day_care: [
    ['own_family', 75],
    ['other_institution', 20],
    ['own_will', 5],
  ],
};

const COUNTRIES: Array<[string, number]> = [
  ['RU', 35],
  ['KZ', 15],
  ['TR', 15],
  ['AE', 10],
  ['KR', 5],
  ['PL', 5],
  ['SA', 5],
  ['GB', 3],
  ['DE', 2],
];

function stayLength(rng: Rng, spec: ScaleSpec): number {
  return Math.round(Math.min(spec.maxStay, Math.max(spec.minStay, spec.minStay + rng.exponential(spec.meanStay - spec.minStay))));
}

const pmpNumber = (rng: Rng, date: string) => `PMP-${date.slice(0, 4)}/${rng.int(10, 950)}`;

/** A new arrival on `date` at a facility in `homeRegion`. `taken` keeps PINFLs unique. */
export function newArrival(rng: Rng, kind: FacilityKind, spec: ScaleSpec, date: string, homeRegion: string, taken: Set<string>): Arrival {
  const base = {
    referralSource: rng.weighted(REFERRALS[kind]),
    referralDocument: null as string | null,
    reason: rng.pick(REASONS[kind]),
    stayDays: stayLength(rng, spec),
    weekdays: null as number[] | null,
    plannedFrom: null as string | null,
    plannedTo: null as string | null,
    poorFamily: false,
    carers: [] as string[],
    children: [] as ClientInput[],
  };
  if (base.referralSource !== 'self' && base.referralSource !== 'family' && base.referralSource !== 'hotline')
    base.referralDocument = `№ ${rng.int(10, 9999)}-${date.slice(2, 4)}, ${date.split('-').reverse().join('.')}`;

  if (kind === 'women_center') {
    const p = personName(rng, 'F');
    const birth = birthDateFor(rng, date, 18, 58);
    const head: ClientInput = {
      ...baseFields(rng, p, birth, homeRegion, taken, { pinflShare: 0.4, phoneShare: 0.6 }),
      notes: rng.chance(0.3) ? base.reason : null,
    };
    const kids =
      ageOn(birth, date) < 45 && rng.chance(0.45)
        ? rng.weighted([
            [1, 50],
            [2, 35],
            [3, 15],
          ] as const)
        : 0;
    const surname = familySurname(rng);
    for (let i = 0; i < kids; i++) {
      const cp = personName(rng, rng.chance(0.5) ? 'F' : 'M', { surname, cyrillicShare: p.cyrillic ? 1 : 0 });
      const cb = birthDateFor(rng, date, 0, Math.min(15, ageOn(birth, date) - 17));
      base.children.push(baseFields(rng, cp, cb, homeRegion, taken, { pinflShare: 0.3, phoneShare: 0 }));
    }
    return { ...base, head };
  }

  if (kind === 'trafficking_shelter') {
    const sex = rng.chance(0.7) ? 'F' : 'M';
    const minor = rng.chance(0.1);
    const birth = birthDateFor(rng, date, minor ? 14 : 18, minor ? 17 : 45);
    const exploitation: ExploitationType =
      sex === 'F'
        ? rng.weighted<ExploitationType>([
            ['sexual', 50],
            ['labour', 30],
            ['forced_marriage', 10],
            ['begging', 5],
            ['other', 5],
          ])
        : rng.weighted<ExploitationType>([
            ['labour', 85],
            ['begging', 5],
            ['criminal_activity', 5],
            ['other', 5],
          ]);
    const passportHeld = rng.chance(0.45);
    const head: ClientInput = {
      ...baseFields(rng, personName(rng, sex), birth, homeRegion, taken, { pinflShare: 0.6, phoneShare: 0.5 }),
      trafficking: {
        country: rng.weighted(COUNTRIES),
        exploitationType: exploitation,
        documentsHeld: passportHeld ? 'Xorijga chiqish pasporti' : null,
        documentsMissing: passportHeld ? null : 'Pasport ish beruvchida qolgan; ID karta tiklanmoqda',
        repatriationNeeds: rng.chance(0.4) ? 'Tugʻilgan joyiga qaytish, oila bilan bogʻlanish, ish topishda yordam' : null,
      },
      representatives: minor ? [{ kind: 'guardian', fullName: `Vasiylik va homiylik organi vakili`, relation: 'vasiy' }] : [],
    };
    return { ...base, head };
  }

  const sex = rng.chance(0.55) ? 'M' : 'F';
  const surname = familySurname(rng);
  const p = personName(rng, sex, { surname, cyrillicShare: 0.12 });

  if (kind === 'family_home') {
    const birth = birthDateFor(rng, date, 0, 14);
    const age = ageOn(birth, date);
    const fields = baseFields(rng, p, birth, homeRegion, taken, { pinflShare: 0.9, phoneShare: 0 });
    const district = findDistrict(fields.districtSoato);
    const head: ClientInput = {
      ...fields,
      disabilityGroup: rng.chance(0.3) ? 'child' : null,
      diagnoses: rng.chance(0.6) ? diagnoses(rng, rng.int(1, 2)) : [],
      school:
        age >= 7
          ? `${rng.int(1, 320)}-sonli umumiy oʻrta taʼlim maktabi`
          : age >= 3
            ? `${rng.int(1, 600)}-sonli maktabgacha taʼlim tashkiloti`
            : null,
      schoolClass: age >= 7 ? `${Math.min(11, age - 6)}-${rng.pick(['A', 'B', 'V'])}` : null,
      representatives: [insonCenter(rng, district?.uz ?? 'tuman', date)],
    };
    return { ...base, head };
  }

  // day care: a child with a disability aged 3 to 15 at enrolment, five days a week for most.
  const birth = birthDateFor(rng, date, 3, 15);
  const mother = parent(rng, surname, 'F');
  const father = rng.chance(0.7) ? parent(rng, surname, 'M') : null;
  const pmpDate = addDays(date, -rng.int(10, 120));
  const head: ClientInput = {
    ...baseFields(rng, p, birth, homeRegion, taken, { pinflShare: 0.95, phoneShare: 0 }),
    disabilityGroup: 'child',
    diagnoses: diagnoses(rng, rng.int(1, 2)),
    school: ageOn(birth, date) >= 7 && rng.chance(0.5) ? `${rng.int(1, 320)}-sonli ixtisoslashtirilgan maktab` : null,
    representatives: father ? [mother, father] : [mother],
    pmp: {
      date: pmpDate,
      number: pmpNumber(rng, pmpDate),
      recommendation: 'Kunduzgi parvarish guruhi; logoped va defektolog mashgʻulotlari.',
    },
  };
  const fullWeek = rng.chance(0.85);
  const from = rng.pick(['08:00', '08:00', '08:30', '09:00']);
  return {
    ...base,
    head,
    weekdays: fullWeek
      ? [1, 2, 3, 4, 5]
      : rng.pick([
          [1, 3, 5],
          [2, 4],
          [1, 2, 3],
        ]),
    plannedFrom: from,
    plannedTo: rng.chance(0.85) ? (from === '09:00' ? '18:00' : from === '08:30' ? '17:30' : '17:00') : '13:00',
    poorFamily: rng.chance(0.25),
    carers: [mother.fullName, ...(father ? [father.fullName] : [])],
  };
}
