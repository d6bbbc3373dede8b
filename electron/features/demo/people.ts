// The people a facility serves, as the intake form would record them: names, dates of birth, PINFL,
// documents, addresses in real districts, diagnoses with ICD-10 codes, legal representatives.
import type { Input } from '../../contract/index';
import { reference } from '../reference/reference';
import { addDays, addYears } from './dates';
import { personName, fullName, familySurname, type PersonName } from './names';
import type { Rng } from './prng';

export type ClientInput = Input<'clients.create'>;

const MAKHALLAS = [
  'Navbahor',
  'Guliston',
  'Bogʻishamol',
  'Mustaqillik',
  'Yangiobod',
  'Doʻstlik',
  'Tinchlik',
  'Bunyodkor',
  'Oqtepa',
  'Nurafshon',
  'Istiqlol',
  'Obod',
  'Chinor',
  'Gulzor',
  'Yangi hayot',
  'Mehrjon',
  'Saodat',
  'Qoʻrgʻon',
  'Bahor',
  'Olmazor',
];
const STREETS = [
  'Amir Temur',
  'Alisher Navoiy',
  'Bobur',
  'Mustaqillik',
  'Istiqlol',
  'Mirzo Ulugʻbek',
  'Abdulla Qodiriy',
  'Choʻlpon',
  'Bunyodkor',
  'Gʻafur Gʻulom',
  'Zahiriddin',
  'Oybek',
  'Yangi Sergeli',
  'Navroʻz',
  'Paxtakor',
  'Ipak yoʻli',
];

/** A real district (weighted to the facility's own region) and a plausible street address. */
export function address(rng: Rng, homeRegion: string) {
  const { districts } = reference();
  const local = districts.filter((d) => d.region === homeRegion);
  const d = rng.chance(0.75) && local.length ? rng.pick(local) : rng.pick(districts);
  return {
    regionSoato: d.region,
    districtSoato: d.soato,
    makhalla: `${rng.pick(MAKHALLAS)} MFY`,
    street: `${rng.pick(STREETS)} koʻchasi, ${rng.int(1, 140)}-uy${rng.chance(0.4) ? `, ${rng.int(1, 80)}-xonadon` : ''}`,
  };
}

export function phone(rng: Rng): string {
  return `+998${rng.pick(['90', '91', '93', '94', '95', '97', '99', '88', '33', '77'])}${rng.digits(7)}`;
}

/** A PINFL of the real shape: century-and-sex digit, DDMMYY, district code, serial, check digit (7-3-1). */
export function pinflFor(rng: Rng, birth: string, sex: 'F' | 'M', taken: Set<string>): string {
  const century = Number(birth.slice(0, 2)) >= 20 ? (sex === 'M' ? 5 : 6) : sex === 'M' ? 3 : 4;
  for (;;) {
    const body = `${century}${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}${rng.digits(3)}${rng.digits(3)}`;
    const weights = [7, 3, 1];
    let sum = 0;
    for (let i = 0; i < body.length; i++) sum += Number(body[i]) * weights[i % 3]!;
    const pinfl = `${body}${sum % 10}`;
    if (!taken.has(pinfl)) {
      taken.add(pinfl);
      return pinfl;
    }
  }
}

/** A birth date for an age range on a given day. */
export function birthDateFor(rng: Rng, on: string, minAge: number, maxAge: number): string {
  const years = rng.int(minAge, maxAge);
  return addDays(addYears(on, -years - 1), rng.int(1, 364));
}

export const DIAGNOSES: ReadonlyArray<readonly [string, string, number]> = [
  ['Daun sindromi', 'Q90.9', 14],
  ['Bolalar serebral falaji, spastik diplegiya', 'G80.1', 16],
  ['Autizm spektri buzilishi', 'F84.0', 14],
  ['Yengil aqliy zaiflik', 'F70', 10],
  ['Oʻrtacha aqliy zaiflik', 'F71', 6],
  ['Son-chanoq boʻgʻimi displaziyasi', 'Q65.8', 5],
  ['Temir tanqisligi kamqonligi', 'D50.9', 8],
  ['Qorinchalararo toʻsiq nuqsoni', 'Q21.0', 4],
  ['Epilepsiya', 'G40.9', 7],
  ['Nutq rivojlanishining umumiy buzilishi', 'F80.1', 9],
  ['Ikki tomonlama sensonevral karlik', 'H90.3', 3],
  ['Koʻrish zaifligi', 'H54.2', 3],
  ['Gidrotsefaliya', 'G91.9', 2],
];

export function diagnoses(rng: Rng, n: number): Array<{ name: string; icd10: string }> {
  const out: Array<{ name: string; icd10: string }> = [];
  const entries = DIAGNOSES.map(([name, icd10, w]) => [{ name, icd10 }, w] as const);
  while (out.length < n) {
    const d = rng.weighted(entries);
    if (!out.some((o) => o.icd10 === d.icd10)) out.push(d);
  }
  return out;
}

const passport = (rng: Rng) => `${rng.pick(['AA', 'AB', 'AC', 'AD', 'FA'])}${rng.digits(7)}`;
const birthCertificate = (rng: Rng) => `I-${rng.pick(['TN', 'TV', 'AN', 'SM', 'FR', 'QD'])} ${rng.digits(7)}`;

/** The fields common to everyone: identity, documents, address, languages. */
export function baseFields(
  rng: Rng,
  p: PersonName,
  birthDate: string,
  homeRegion: string,
  taken: Set<string>,
  opts: { pinflShare: number; phoneShare: number },
) {
  const adult = Number(birthDate.slice(0, 4)) < 2008;
  return {
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
    birthDate,
    sex: p.sex,
    pinfl: rng.chance(opts.pinflShare) ? pinflFor(rng, birthDate, p.sex, taken) : null,
    docType: adult ? ('passport' as const) : ('birth_certificate' as const),
    docNumber: adult ? passport(rng) : birthCertificate(rng),
    citizenship: 'UZ',
    ...address(rng, homeRegion),
    phones: adult && rng.chance(opts.phoneShare) ? [phone(rng)] : [],
    languages: rng.chance(0.85) ? ['uz'] : rng.chance(0.5) ? ['uz', 'ru'] : rng.pick([['ru'], ['kaa', 'uz'], ['tg', 'uz']]),
  };
}

/** A parent of a day-care child (mother usually), with a phone: the people who bring and collect the child. */
export function parent(rng: Rng, surname: string, sex: 'F' | 'M') {
  const p = personName(rng, sex, { surname, cyrillicShare: 0.1 });
  return { kind: 'parent' as const, fullName: fullName(p), relation: sex === 'F' ? 'onasi' : 'otasi', phone: phone(rng) };
}

export function insonCenter(rng: Rng, districtName: string, on: string) {
  return {
    kind: 'inson_center' as const,
    fullName: `«Inson» ijtimoiy xizmatlar markazi, ${districtName}`,
    relation: 'qonuniy vakil',
    phone: phone(rng),
    appointingDocument: `Tuman hokimining qarori № ${rng.int(12, 980)}, ${on.split('-').reverse().join('.')}`,
  };
}

export { personName, fullName, familySurname };
