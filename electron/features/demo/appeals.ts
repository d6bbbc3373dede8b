// The appeals register (hotline 1146, walk-ins, referrals), entered with appeals.create as the
// operator would. Women's center proportions follow the Republican Center's figures for 8 months of
// 2023 (shared/seeds/000_61189c68afa7cfc6.txt): applicants, violence types, regions, places and
// relationships. Every admitted woman also has her appeal, linked to her record.
import type { Input } from '../../contract/index';
import type { Applicant, Channel, HelpKind, Outcome, Place, Relationship, Referrer, ViolenceType } from '../../contract/appeals.codes';
import { isHoliday, isoWeekday } from './dates';
import { FEMALE_NAMES } from './names';
import type { Rng } from './prng';
import { at, bump, staffOf, type DemoArea, type Resident, type World } from './world';

type AppealInput = Input<'appeals.create'>;

/** Seed: 10,696 women, 70 girls, 161 men. */
export const APPLICANT_WEIGHTS: Array<[Applicant, number]> = [
  ['woman', 10696],
  ['girl', 70],
  ['man', 161],
];
/** Seed: physical 2,709, sexual 114, psychological 4,642, economic 1,062, other 2,400. */
export const VIOLENCE_WEIGHTS: Array<[ViolenceType, number]> = [
  ['physical', 2709],
  ['sexual', 114],
  ['psychological', 4642],
  ['economic', 1062],
  ['other', 2400],
];
/** Seed, by region (SOATO): the counts as printed (Surkhandarya 899, whatever its printed percentage). */
export const REGION_WEIGHTS: Array<[string, number]> = [
  ['1735', 793],
  ['1703', 827],
  ['1706', 825],
  ['1708', 979],
  ['1712', 985],
  ['1714', 663],
  ['1718', 642],
  ['1722', 899],
  ['1724', 549],
  ['1726', 1046],
  ['1730', 925],
  ['1710', 780],
  ['1733', 628],
  ['1727', 386],
];
/** Seed: domestic 7,362 (5,535 spouses, 1,363 in-laws, 464 parent–child), workplace 76 (53/12/11),
 * public 737 (356 neighbours, 298 district, 65 office, 18 abroad), elsewhere 459; the rest (2,293) unknown. */
export const PLACE_WEIGHTS: Array<[[Place | null, Relationship | null], number]> = [
  [['domestic', 'spouses'], 5535],
  [['domestic', 'in_laws'], 1363],
  [['domestic', 'parent_child'], 464],
  [['workplace', 'employer_employee'], 53],
  [['workplace', 'coworkers'], 12],
  [['workplace', 'higher_organization'], 11],
  [['public', 'neighbours'], 356],
  [['public', 'district_territory'], 298],
  [['public', 'office_territory'], 65],
  [['public', 'abroad'], 18],
  [['elsewhere', null], 459],
  [[null, null], 2293],
];
const CHANNEL_WEIGHTS: Array<[Channel, number]> = [
  ['hotline', 55],
  ['walk_in', 35],
  ['referral', 10],
];
const REFERRER_WEIGHTS: Array<[Referrer, number]> = [
  ['inson_center', 30],
  ['mahalla', 25],
  ['law_enforcement', 20],
  ['health', 15],
  ['education', 5],
  ['court', 5],
];
const OUTCOME_WEIGHTS: Array<[Outcome, number]> = [
  ['consulted', 55],
  ['referred', 15],
  ['in_progress', 15],
  ['declined', 5],
  ['lost_contact', 10],
];
const NOTES = [
  'Qoʻngʻiroq davomida yigʻladi, tinchlantirildi.',
  'Psixolog bilan uchrashuv belgilandi.',
  'Huquqiy maslahat berildi: aliment va ajrashish.',
  'Mahalla faoli bilan bogʻlanildi.',
  'Tibbiy koʻrikdan oʻtish tavsiya etildi.',
];

function age(rng: Rng, applicant: Applicant): number | null {
  if (rng.chance(0.25)) return null;
  if (applicant === 'girl') return rng.int(12, 17);
  return Math.round(rng.normal(applicant === 'man' ? 40 : 34, 10, 18, 78));
}

function help(
  rng: Rng,
  channel: Channel,
  violence: ViolenceType | null,
  applicant: Applicant,
  relationship: Relationship | null,
): HelpKind[] {
  const h = new Set<HelpKind>();
  if (channel === 'hotline' || rng.chance(0.5)) h.add('consultation');
  if (rng.chance(0.6)) h.add('psychological');
  if (rng.chance(0.35)) h.add('legal');
  if (rng.chance(0.25)) h.add('social');
  if (violence === 'physical' && rng.chance(0.4)) h.add('medical');
  if ((applicant === 'girl' || relationship === 'parent_child') && rng.chance(0.3)) h.add('pedagogical');
  if (rng.chance(0.15)) h.add('referral');
  return [...h];
}

/** One appeal to a women's center, drawn from the seed's proportions. */
export function womenAppeal(rng: Rng, date: string): AppealInput {
  const applicant = rng.weighted(APPLICANT_WEIGHTS);
  const channel = rng.weighted(CHANNEL_WEIGHTS);
  const violenceType = rng.weighted(VIOLENCE_WEIGHTS);
  const [place, relationship] = rng.weighted(PLACE_WEIGHTS);
  const extra = rng.chance(0.15) ? [rng.pick((['physical', 'psychological', 'economic'] as const).filter((t) => t !== violenceType))] : [];
  const minutes = channel === 'hotline' ? rng.int(7 * 60, 23 * 60) : rng.int(9 * 60, 18 * 60);
  return {
    appealDate: date,
    appealTime: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    channel,
    referredBy: channel === 'referral' ? rng.weighted(REFERRER_WEIGHTS) : null,
    applicant,
    age: age(rng, applicant),
    regionSoato: rng.weighted(REGION_WEIGHTS),
    violenceType,
    violenceExtra: extra,
    place,
    relationship,
    suicideRisk: rng.chance(violenceType === 'psychological' ? 0.05 : 0.015),
    help: help(rng, channel, violenceType, applicant, relationship),
    outcome: rng.weighted(OUTCOME_WEIGHTS),
    name: applicant !== 'man' && rng.chance(0.2) ? rng.pick(FEMALE_NAMES) : null,
    notes: rng.chance(0.2) ? rng.pick(NOTES) : null,
  };
}

/** One appeal to a trafficking shelter: mostly referrals by police, consulates and NGOs. */
export function traffickingAppeal(rng: Rng, date: string, region: string): AppealInput {
  const applicant = rng.weighted<Applicant>([
    ['woman', 65],
    ['man', 30],
    ['girl', 5],
  ]);
  const channel = rng.weighted<Channel>([
    ['referral', 60],
    ['hotline', 30],
    ['walk_in', 10],
  ]);
  const abroad = rng.chance(0.8);
  return {
    appealDate: date,
    appealTime: `${String(rng.int(9, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    channel,
    referredBy:
      channel === 'referral'
        ? rng.weighted<Referrer>([
            ['law_enforcement', 45],
            ['consulate', 30],
            ['ngo', 20],
            ['inson_center', 5],
          ])
        : null,
    applicant,
    age: age(rng, applicant),
    regionSoato: rng.chance(0.5) ? region : rng.weighted(REGION_WEIGHTS),
    violenceType: rng.chance(0.7)
      ? rng.weighted<ViolenceType>([
          ['physical', 30],
          ['sexual', 25],
          ['psychological', 25],
          ['economic', 20],
        ])
      : null,
    violenceExtra: [],
    place: abroad ? 'public' : null,
    relationship: abroad ? 'abroad' : null,
    suicideRisk: rng.chance(0.03),
    help: help(rng, channel, null, applicant, null),
    outcome: rng.weighted(OUTCOME_WEIGHTS),
    exploitationType: rng.weighted([
      ['labour', 50],
      ['sexual', 30],
      ['forced_marriage', 8],
      ['begging', 6],
      ['other', 6],
    ] as const),
    country: rng.weighted([
      ['RU', 40],
      ['KZ', 15],
      ['TR', 15],
      ['AE', 12],
      ['KR', 6],
      ['SA', 6],
      ['PL', 6],
    ] as const),
  };
}

/** The appeal of a woman (or shelter resident) admitted today: shelter given, linked to her record. */
function admissionAppeal(w: World, rng: Rng, r: Resident, date: string): AppealInput {
  const base = w.options.kind === 'women_center' ? womenAppeal(rng, date) : traffickingAppeal(rng, date, w.homeRegion);
  const applicant: Applicant = r.sex === 'M' ? 'man' : Number(date.slice(0, 4)) - Number(r.birthDate.slice(0, 4)) < 18 ? 'girl' : 'woman';
  return {
    ...base,
    applicant,
    age: null,
    help: [...new Set<HelpKind>([...(base.help ?? []), 'shelter', 'psychological'])],
    outcome: 'admitted',
    clientId: r.clientId,
    assignedUserId: r.workerId,
    name: null,
  };
}

export const appealsArea: DemoArea = {
  name: 'appeals',
  kinds: ['women_center', 'trafficking_shelter'],
  async day(w, date) {
    const rng = w.rng(`appeals/${date}`);
    const operators = [...staffOf(w, 'social_worker'), ...staffOf(w, 'caregiver')];
    const workers = staffOf(w, 'social_worker');
    const weekday = isoWeekday(date);
    const factor = isHoliday(date) ? 0.6 : weekday >= 6 ? 0.75 : 1.1;
    const n = rng.poisson((w.spec.appealsPerYear / 365) * factor);
    const inputs: AppealInput[] = [];
    for (let i = 0; i < n; i++)
      inputs.push(w.options.kind === 'women_center' ? womenAppeal(rng, date) : traffickingAppeal(rng, date, w.homeRegion));
    for (const r of w.today.admitted) if (!r.motherId) inputs.push(admissionAppeal(w, rng, r, date));
    inputs.sort((a, b) => (a.appealTime ?? '').localeCompare(b.appealTime ?? ''));
    for (const input of inputs) {
      if (input.outcome === 'in_progress' && workers.length && !input.assignedUserId) input.assignedUserId = rng.pick(workers).id;
      const [h, m] = (input.appealTime ?? '12:00').split(':').map(Number) as [number, number];
      // The linked appeal of an admission is completed by the woman's own social worker.
      const operator = input.clientId ? (workers.find((x) => x.id === input.assignedUserId) ?? rng.pick(workers)) : rng.pick(operators);
      await w.driver.call(operator, at(date, h, Math.min(59, m + rng.int(2, 9))), 'appeals.create', input);
      bump(w, 'appeals');
    }
  },
};
