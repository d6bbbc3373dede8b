import type { Generated, Insertable, Selectable } from 'kysely';

/** One appeal (a hotline call, a visit, a referral) of a women's center or trafficking shelter. */
export interface AppealsTable {
  id: Generated<number>;
  /** Anonymous code, e.g. A-2026-00042 (or the code of an imported register). */
  code: string;
  appeal_date: string; // YYYY-MM-DD
  appeal_time: string | null; // HH:MM Tashkent
  channel: string;
  referred_by: string | null;
  referrer_note: string | null;
  applicant: string;
  age: number | null;
  region_soato: string;
  violence_type: string | null;
  /** Further violence types as bits (see electron/features/appeals/bits.ts). */
  violence_extra: number;
  place: string | null;
  relationship: string | null;
  suicide_risk: number;
  /** Help given as bits (see bits.ts): one column keeps the statistics one index scan. */
  help_mask: number;
  outcome: string | null;
  /** The admitted client; no foreign key until the clients table lands on main. */
  client_id: number | null;
  full_name: string | null;
  assigned_user_id: number | null;
  exploitation_type: string | null;
  country: string | null;
  notes: string | null;
  source: string; // entry | import
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** The last automatic code number per year. */
export interface AppealCodeCountersTable {
  year: number;
  last: number;
}

export interface AppealsTables {
  appeals: AppealsTable;
  appeal_code_counters: AppealCodeCountersTable;
}

export type AppealRow = Selectable<AppealsTable>;
export type NewAppealRow = Insertable<AppealsTable>;
