// What a plan in a training facility says: goals written for the domain and for the person (a child
// in a day care is not offered job placement, a speech goal gets speech therapy), activities drawn
// from the services of the catalogue that this kind of facility really provides.
import type { Domain } from '../../contract/plans.scales';
import type { FacilityKind } from '../../contract/setup.contract';
import type { Rng } from './prng';

export type Who = 'child' | 'adult';

/** Codes of the services catalogue (db/migrations/…_plans.ts) each kind of facility provides. */
const SERVICES_BY_KIND: Record<FacilityKind, readonly string[]> = {
  day_care: [
    'psychological_counselling',
    'medical_care',
    'rehabilitation',
    'pedagogical_support',
    'speech_therapy',
    'daily_living_skills',
    'social_support',
    'inson_referral',
    'leisure',
  ],
  family_home: [
    'psychological_counselling',
    'legal_aid',
    'medical_care',
    'rehabilitation',
    'pedagogical_support',
    'speech_therapy',
    'daily_living_skills',
    'vocational_training',
    'family_reintegration',
    'social_support',
    'inson_referral',
    'leisure',
  ],
  women_center: [
    'psychological_counselling',
    'legal_aid',
    'medical_care',
    'vocational_training',
    'employment_support',
    'family_reintegration',
    'social_support',
    'inson_referral',
  ],
  trafficking_shelter: [
    'psychological_counselling',
    'legal_aid',
    'medical_care',
    'pedagogical_support',
    'vocational_training',
    'employment_support',
    'family_reintegration',
    'social_support',
    'inson_referral',
    'repatriation',
  ],
};

/** Services only for adults (a child's plan never offers them). */
const ADULT_ONLY = new Set(['employment_support']);
/** Services only for children. */
const CHILD_ONLY = new Set(['pedagogical_support', 'speech_therapy', 'leisure']);

interface Activity {
  what: string;
  service: string;
  /** Done by someone outside the facility (otherwise by the key worker). */
  external?: string;
  /** How often: weekly sessions, a monthly check, or something done once (a document). */
  per: Per;
}
type Per = 'week' | 'month' | 'once';
interface GoalTemplate {
  title: string;
  activities: Activity[];
  /** Only in these kinds of facility (any, when left out). */
  kinds?: readonly FacilityKind[];
}

const a = (what: string, service: string, external?: string, per: Per = 'week'): Activity => ({
  what,
  service,
  per,
  ...(external ? { external } : {}),
});

const GOALS: Record<Domain, Record<Who, GoalTemplate[]>> = {
  health: {
    child: [
      {
        title: 'Sogʻligʻi muntazam nazoratda, davolash kursi toʻliq oʻtiladi',
        activities: [
          a('Pediatr koʻrigi', 'medical_care', 'Oilaviy poliklinika pediatri', 'month'),
          a('Davolash jismoniy tarbiyasi va massaj', 'rehabilitation'),
        ],
      },
    ],
    adult: [
      {
        title: 'Sogʻligʻini tiklash va muntazam tibbiy nazorat',
        activities: [
          a('Shifokor koʻrigi va tahlillar', 'medical_care', 'Oilaviy poliklinika shifokori', 'month'),
          a('Tibbiy koʻrsatmalar bajarilishini kuzatish', 'medical_care', undefined, 'month'),
        ],
      },
    ],
  },
  cognitive: {
    child: [
      {
        title: 'Diqqat va xotirani rivojlantirish',
        activities: [
          a('Defektolog bilan individual mashgʻulot', 'pedagogical_support'),
          a('Stol oʻyinlari va mantiqiy topshiriqlar', 'leisure'),
        ],
      },
    ],
    adult: [
      {
        title: 'Kundalik ishlarni rejalashtirish koʻnikmasi',
        activities: [a('Kundalik rejani birga tuzish', 'psychological_counselling')],
      },
    ],
  },
  communication: {
    child: [
      {
        title: 'Nutq va muloqot koʻnikmalarini kengaytirish',
        activities: [a('Logoped mashgʻuloti', 'speech_therapy'), a('Artikulyatsiya gimnastikasi', 'speech_therapy')],
      },
    ],
    adult: [
      {
        title: 'Oʻz ehtiyojlarini aniq aytish, yordam soʻrash',
        activities: [a('Muloqot treningi', 'psychological_counselling'), a('Oila bilan bogʻlanishda koʻmak', 'family_reintegration')],
      },
    ],
  },
  self_care: {
    child: [
      {
        title: 'Oʻz-oʻziga xizmat koʻrsatishda mustaqillik',
        activities: [
          a('Kiyinish, yuvinish, ovqatlanishga oʻrgatish', 'daily_living_skills'),
          a('Kundalik tartib mashgʻuloti', 'daily_living_skills'),
        ],
      },
    ],
    adult: [
      { title: 'Kundalik turmush koʻnikmalarini tiklash', activities: [a('Uy-roʻzgʻor koʻnikmalari mashgʻuloti', 'daily_living_skills')] },
    ],
  },
  emotional: {
    child: [
      {
        title: 'Hissiy holatni barqarorlashtirish, qoʻrquv va xavotirni kamaytirish',
        activities: [
          a('Psixolog bilan individual mashgʻulot', 'psychological_counselling'),
          a('Art-terapiya', 'psychological_counselling'),
        ],
      },
    ],
    adult: [
      {
        title: 'Hissiy holatni barqarorlashtirish, xavotirni kamaytirish',
        activities: [
          a('Psixolog maslahati', 'psychological_counselling'),
          a('Qoʻllab-quvvatlash guruhi', 'psychological_counselling', 'Psixolog'),
        ],
      },
    ],
  },
  social: {
    child: [
      {
        title: 'Tengdoshlar bilan muloqot va birgalikda oʻynash',
        activities: [a('Guruhda oʻyin mashgʻuloti', 'leisure'), a('Sport toʻgaragi', 'leisure', 'Bolalar sport maktabi murabbiyi')],
      },
      {
        title: 'Oila va qarindoshlar bilan aloqani tiklash',
        activities: [
          a('Qarindoshlar bilan uchrashuvlarni tashkil etish', 'family_reintegration', undefined, 'month'),
          a('Oila bilan psixolog suhbati', 'psychological_counselling'),
        ],
      },
    ],
    adult: [
      {
        title: 'Oila va yaqinlari bilan aloqani tiklash',
        activities: [
          a('Oila bilan uchrashuvni tashkil etish', 'family_reintegration', undefined, 'month'),
          a('Mahalla bilan bogʻlanish', 'inson_referral', '«Inson» markazi ijtimoiy xodimi', 'month'),
        ],
      },
    ],
  },
  education: {
    child: [
      {
        title: 'Oʻqishni muntazam davom ettirish, oʻzlashtirishni yaxshilash',
        activities: [
          a('Uy vazifalarini tayyorlashda yordam', 'pedagogical_support'),
          a('Sinf rahbari bilan aloqa', 'pedagogical_support', undefined, 'month'),
        ],
      },
    ],
    adult: [
      {
        title: 'Kasb-hunar oʻrganish va ishga joylashish',
        activities: [
          a('Kasb-hunar kursi mashgʻulotlari', 'vocational_training', 'Monomarkaz oʻqituvchisi'),
          a('Bandlik markazi bilan ish qidirish', 'employment_support', 'Tuman bandlik markazi', 'month'),
        ],
      },
    ],
  },
  safety: {
    child: [
      {
        title: 'Xavfsiz muhit va kattalarga ishonch',
        activities: [
          a('Xavfsizlik qoidalari boʻyicha suhbat', 'psychological_counselling'),
          a('Qoʻllab-quvvatlash rejasini kuzatish', 'inson_referral', undefined, 'month'),
        ],
      },
    ],
    adult: [
      {
        title: 'Xavfsizlik rejasini tuzish va unga amal qilish',
        activities: [
          a('Xavfsizlik rejasini birga tuzish', 'psychological_counselling'),
          a('Himoya orderi boʻyicha maslahat', 'legal_aid', 'Yurist', 'once'),
        ],
      },
    ],
  },
  legal: {
    child: [
      {
        title: 'Hujjatlarini tiklash, vasiylik masalasini hal qilish',
        activities: [
          a('Tugʻilganlik guvohnomasini tiklash', 'legal_aid', undefined, 'once'),
          a('Vasiylik va homiylik organi bilan ishlash', 'social_support', undefined, 'month'),
        ],
      },
    ],
    adult: [
      {
        title: 'Hujjatlarni tiklash va huquqiy masalalarni hal qilish',
        activities: [
          a('Pasportni tiklash', 'legal_aid', undefined, 'once'),
          a('Sud ishlari boʻyicha yurist maslahati', 'legal_aid', 'Yurist', 'month'),
        ],
      },
    ],
  },
  housing: {
    child: [
      {
        title: 'Oilaga nogironlik nafaqasi va ijtimoiy yordamni rasmiylashtirish',
        kinds: ['day_care'],
        activities: [
          a('Nafaqa hujjatlarini tayyorlashda koʻmak', 'social_support', undefined, 'once'),
          a('«Inson» markaziga yoʻllash', 'inson_referral', '«Inson» markazi ijtimoiy xodimi', 'once'),
        ],
      },
      {
        title: 'Oilasiga xavfsiz qaytish',
        activities: [
          a('Vataniga qaytish hujjatlarini tayyorlash', 'repatriation', undefined, 'once'),
          a('Oila bilan bogʻlanish', 'family_reintegration'),
        ],
      },
    ],
    adult: [
      {
        title: 'Doimiy yashash joyi va daromad manbaini topish',
        activities: [
          a('Ijara va uy-joy masalasida koʻmak', 'social_support', undefined, 'month'),
          a('Ish topishda koʻmaklashish', 'employment_support', 'Tuman bandlik markazi', 'month'),
        ],
      },
      {
        title: 'Tugʻilgan joyiga xavfsiz qaytish',
        activities: [
          a('Vataniga qaytish hujjatlarini tayyorlash', 'repatriation', undefined, 'once'),
          a('Oila bilan bogʻlanish', 'family_reintegration'),
        ],
      },
    ],
  },
};

/** Plan aims, by who the plan is for. */
const AIMS: Record<FacilityKind, Record<Who, string>> = {
  day_care: { child: 'Bolaning mustaqilligi va rivojlanishini oilada qoʻllab-quvvatlash', adult: 'Kundalik hayotda mustaqillikni saqlash' },
  family_home: { child: 'Oilaviy muhitda sogʻlom oʻsish va mustaqil hayotga tayyorlanish', adult: 'Mustaqil hayotga tayyorlanish' },
  women_center: { child: 'Xavfsiz muhitda tiklanish', adult: 'Mustaqil va xavfsiz hayotga qaytish' },
  trafficking_shelter: {
    child: 'Xavfsiz holda oilaga qaytish va oʻqishni davom ettirish',
    adult: 'Reabilitatsiya va jamiyatga qayta qoʻshilish',
  },
};

export const planAim = (kind: FacilityKind, who: Who) => AIMS[kind][who];

function fits(kind: FacilityKind, who: Who, service: string): boolean {
  if (!SERVICES_BY_KIND[kind].includes(service)) return false;
  return who === 'child' ? !ADULT_ONLY.has(service) : !CHILD_ONLY.has(service);
}

export interface PlannedGoal {
  title: string;
  activities: Array<{ what: string; serviceId: number; external: string | null; per: Per }>;
}

/**
 * A goal for a domain with the activities the facility offers this person, or null when it offers
 * nothing for that domain (the caller plans another one). `serviceIds` maps catalogue codes to ids.
 */
export function goalFor(
  rng: Rng,
  kind: FacilityKind,
  who: Who,
  domain: Domain,
  serviceIds: ReadonlyMap<string, number>,
): PlannedGoal | null {
  // The first activity is the heart of the goal: a template whose main service is not offered here does not fit at all.
  const options = GOALS[domain][who]
    .filter((g) => (!g.kinds || g.kinds.includes(kind)) && fits(kind, who, g.activities[0]!.service))
    .map((g) => ({ title: g.title, activities: g.activities.filter((x) => fits(kind, who, x.service) && serviceIds.has(x.service)) }))
    .filter((g) => g.activities.length);
  if (!options.length) return null;
  const g = rng.pick(options);
  const count = g.activities.length > 1 && rng.chance(0.5) ? 2 : 1;
  return {
    title: g.title,
    activities: g.activities
      .slice(0, count)
      .map((x) => ({ what: x.what, serviceId: serviceIds.get(x.service)!, external: x.external ?? null, per: x.per })),
  };
}

const STRENGTHS: Record<Who, string[]> = {
  child: [
    'Muloqotga ochiq',
    'Yangi narsalarni tez oʻrganadi',
    'Rasm chizishni yaxshi koʻradi',
    'Tengdoshlariga mehribon',
    'Oilasi qoʻllab-quvvatlaydi',
  ],
  adult: ['Muloqotga ochiq', 'Farzandlariga gʻamxoʻr', 'Yangi narsalarni tez oʻrganadi', 'Kasbi bor', 'Oilasi qoʻllab-quvvatlaydi'],
};
const NEEDS: Record<Domain, string> & Partial<Record<`${Domain}/${Who}`, string>> = {
  'education/adult': 'Kasbi yoʻq, ish topishda yordam kerak',
  'housing/child': 'Oila daromadi past, nafaqalar rasmiylashtirilmagan',
  health: 'Muntazam tibbiy nazorat kerak',
  cognitive: 'Defektolog mashgʻulotlari kerak',
  communication: 'Logoped yordami kerak',
  self_care: 'Kundalik ishlarda yordam kerak',
  emotional: 'Psixologik yordamga muhtoj',
  social: 'Ijtimoiy koʻnikmalarni mustahkamlash',
  education: 'Oʻqishda qoʻshimcha yordam kerak',
  safety: 'Xavfsizlik rejasi kerak',
  legal: 'Hujjatlari yoʻq',
  housing: 'Yashash joyi va daromad masalasi hal qilinmagan',
};

export const strengthFor = (rng: Rng, who: Who) => rng.pick(STRENGTHS[who]);
export const needFor = (domain: Domain, who: Who) => NEEDS[`${domain}/${who}`] ?? NEEDS[domain];
