// Between stored rows and the API's appeals, with the anonymity rules applied per caller.
import type { Appeal } from '../../contract/appeals.contract';
import type { SessionUser } from '../../contract/auth.contract';
import type { AppealWithAssignee } from '../../../db/repositories/appeals';
import type { NewAppealRow } from '../../../db/tables/appeals';
import type { AppealValues } from './rules';
import { helpFromMask, helpMask, violenceFromMask, violenceMask } from './bits';

/** A name is for the manager and the social worker the appeal is assigned to: nobody else. */
export function canSeeName(user: Pick<SessionUser, 'id' | 'role'>, row: { assigned_user_id: number | null }): boolean {
  return user.role === 'manager' || (user.role === 'social_worker' && row.assigned_user_id === user.id);
}

/** The inspector audits the register, not the stories in it. */
export const canSeeNotes = (user: Pick<SessionUser, 'role'>) => user.role !== 'inspector';

export function toAppeal(row: AppealWithAssignee, user: Pick<SessionUser, 'id' | 'role'>): Appeal {
  const nameVisible = canSeeName(user, row);
  const notesVisible = canSeeNotes(user);
  return {
    id: row.id,
    code: row.code,
    appealDate: row.appeal_date,
    appealTime: row.appeal_time,
    channel: row.channel as Appeal['channel'],
    referredBy: row.referred_by as Appeal['referredBy'],
    referrerNote: row.referrer_note,
    applicant: row.applicant as Appeal['applicant'],
    age: row.age,
    regionSoato: row.region_soato,
    violenceType: row.violence_type as Appeal['violenceType'],
    violenceExtra: violenceFromMask(row.violence_extra),
    place: row.place as Appeal['place'],
    relationship: row.relationship as Appeal['relationship'],
    suicideRisk: row.suicide_risk === 1,
    help: helpFromMask(row.help_mask),
    outcome: row.outcome as Appeal['outcome'],
    clientId: row.client_id,
    clientCode: row.client_code,
    name: nameVisible ? row.full_name : null,
    nameHidden: !nameVisible,
    assignedUserId: row.assigned_user_id,
    assignedName: row.assigned_name,
    exploitationType: row.exploitation_type as Appeal['exploitationType'],
    country: row.country,
    notes: notesVisible ? row.notes : null,
    notesHidden: !notesVisible,
    source: row.source as Appeal['source'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every field of a stored appeal as values the rules check (for a correction, merged with the input). */
export function valuesOf(row: AppealWithAssignee): AppealValues {
  return {
    appealDate: row.appeal_date,
    appealTime: row.appeal_time,
    channel: row.channel as AppealValues['channel'],
    referredBy: row.referred_by as AppealValues['referredBy'],
    referrerNote: row.referrer_note,
    applicant: row.applicant as AppealValues['applicant'],
    age: row.age,
    regionSoato: row.region_soato,
    violenceType: row.violence_type as AppealValues['violenceType'],
    violenceExtra: violenceFromMask(row.violence_extra),
    place: row.place as AppealValues['place'],
    relationship: row.relationship as AppealValues['relationship'],
    suicideRisk: row.suicide_risk === 1,
    help: helpFromMask(row.help_mask),
    outcome: row.outcome as AppealValues['outcome'],
    clientId: row.client_id,
    name: row.full_name,
    assignedUserId: row.assigned_user_id,
    exploitationType: row.exploitation_type as AppealValues['exploitationType'],
    country: row.country,
    notes: row.notes,
  };
}

export type AppealColumns = Omit<NewAppealRow, 'id' | 'code' | 'source' | 'created_by' | 'created_at' | 'updated_at'>;

export function columnsOf(v: AppealValues): AppealColumns {
  return {
    appeal_date: v.appealDate,
    appeal_time: v.appealTime,
    channel: v.channel,
    referred_by: v.referredBy,
    referrer_note: v.referrerNote,
    applicant: v.applicant,
    age: v.age,
    region_soato: v.regionSoato,
    violence_type: v.violenceType,
    violence_extra: violenceMask(v.violenceExtra),
    place: v.place,
    relationship: v.relationship,
    suicide_risk: v.suicideRisk ? 1 : 0,
    help_mask: helpMask(v.help),
    outcome: v.outcome,
    client_id: v.clientId,
    full_name: v.name,
    assigned_user_id: v.assignedUserId,
    exploitation_type: v.exploitationType,
    country: v.country,
    notes: v.notes,
  };
}

/** What an audit entry may say about a change: codes and flags, never the name or the notes. */
export function auditableChanges(before: AppealColumns | null, after: AppealColumns): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after) as Array<[keyof AppealColumns, unknown]>) {
    const old = before ? before[k] : null;
    if (old === v || (old == null && v == null)) continue;
    changes[k] = k === 'full_name' || k === 'notes' ? [old == null ? null : '•', v == null ? null : '•'] : [old ?? null, v ?? null];
  }
  return changes;
}
