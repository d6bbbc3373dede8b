// The plan and the review as documents to sign with the person or their legal representative: in the user's
// language, the facility's header, the client's code (the name only where the viewer may see it).
import type { Content } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import type { GeneratedFile } from '../../contract/files.contract';
import type { PlanVersionOut } from '../../contract/plans.schemas';
import type { PlanRow, PlanVersionRow } from '../../../db/tables/plans';
import { planLabel } from '../../contract/plans.labels';
import { formatDate, formatNumber, tashkentToday } from '../../contract/format';
import { getFacility } from '../../../db/repositories/facility';
import { listRepresentatives } from '../../../db/repositories/clients';
import { translator } from '../../i18n/index';
import { toFacility } from '../setup/setup.handlers';
import type { AuthedContext } from '../context';
import { dataTable, heading, paragraph, renderPdf, toDocumentFile, type SignatureLine } from '../documents/pdf';
import { canSeeName } from '../clients/privacy';
import type { CaseAccess } from './access';
import { toVersionOut } from './plans.mapper';
import { daysBetween } from './schedule';

/** Label | value rows without borders, for the head of a document. */
export function infoTable(rows: Array<[string, string | null | undefined]>): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows
        .filter(([, v]) => v)
        .map(([label, value]) => [
          { text: label, color: '#444444' },
          { text: value!, bold: true },
        ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  };
}

export function clientLine(lang: Lang, client: { code: string; name: string | null }): string {
  const t = translator(lang);
  return client.name ? `${client.code} — ${client.name}` : `${client.code} (${t('plans.pdf.nameHidden')})`;
}

/** Who signs for the person: an adult signs for themself; for a child, the first legal representative on record. */
export async function personSignature(ctx: AuthedContext, access: CaseAccess): Promise<SignatureLine> {
  const t = translator(ctx.lang);
  const role = t('plans.pdf.person');
  if (!canSeeName(access.v, access.client)) return { role };
  const birth = access.client.birth_date;
  const child = birth !== null && daysBetween(birth, tashkentToday(ctx.now())) < 18 * 365.25;
  if (!child) return { role, name: access.summary.name };
  const reps = await listRepresentatives(ctx.db, access.client.id);
  return { role, name: reps[0]?.full_name ?? null };
}

export async function facilityOf(ctx: AuthedContext) {
  return toFacility((await getFacility(ctx.db))!);
}

function goalBlocks(lang: Lang, p: PlanVersionOut): Content[] {
  const t = translator(lang);
  const out: Content[] = [];
  for (const g of p.goals) {
    out.push(heading(t('plans.pdf.goal', { no: g.goalNo, domain: planLabel(lang, 'domain', g.domain) })));
    out.push({ text: g.title, bold: true, margin: [0, 0, 0, 2] });
    out.push(
      paragraph(
        t('plans.pdf.scale', {
          baseline: `${g.baseline} (${planLabel(lang, 'rating', g.baseline)})`,
          target: `${g.target} (${planLabel(lang, 'rating', g.target)})`,
          date: formatDate(g.targetDate),
        }),
      ),
    );
    if (g.latest)
      out.push(
        paragraph(
          t('plans.pdf.latest', {
            date: formatDate(g.latest.reviewedOn),
            rating: g.latest.rating ?? t('plans.pdf.notRated'),
            status: g.latest.status ? planLabel(lang, 'goalStatus', g.latest.status) : t('plans.pdf.notRated'),
          }),
        ),
      );
    if (!g.activities.length) {
      out.push(paragraph(t('plans.pdf.noActivities')));
      continue;
    }
    const approved = p.approvedAt !== null;
    out.push(
      dataTable(
        [
          { header: t('plans.pdf.what'), width: '*' },
          { header: t('plans.pdf.service'), width: 90 },
          { header: t('plans.pdf.responsible'), width: 90 },
          { header: t('plans.pdf.often'), width: 70 },
          { header: t('plans.pdf.where'), width: 60 },
          ...(approved ? [{ header: t('plans.pdf.done'), width: 44, align: 'right' as const }] : []),
        ],
        g.activities.map((a) => [
          a.what,
          a.service?.name ?? '',
          a.responsibleUser?.name ?? a.responsibleExternal ?? '',
          a.per === 'as_needed' || a.per === 'once'
            ? `${a.per === 'once' && a.times ? `${a.times} × ` : ''}${planLabel(lang, 'per', a.per)}`
            : t('plans.pdf.timesPer', { times: a.times, per: planLabel(lang, 'per', a.per) }),
          a.place ?? '',
          ...(approved ? [`${formatNumber(a.delivered)} / ${a.planned === null ? '—' : formatNumber(a.planned)}`] : []),
        ]),
      ),
    );
  }
  return out;
}

export async function planPdf(ctx: AuthedContext, access: CaseAccess, plan: PlanRow, version: PlanVersionRow): Promise<GeneratedFile> {
  const lang = ctx.lang;
  const t = translator(lang);
  const p = await toVersionOut(ctx, access, plan, version);
  const facility = await facilityOf(ctx);
  const content: Content[] = [
    infoTable([
      [t('plans.pdf.client'), clientLine(lang, p.client)],
      [t('plans.pdf.birthDate'), p.client.birthDate ? formatDate(p.client.birthDate) : null],
      [
        t('plans.pdf.period'),
        p.endsOn
          ? t('plans.pdf.fromTo', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })
          : t('plans.pdf.from', { from: formatDate(p.startsOn) }),
      ],
      [t('plans.pdf.assessment'), t('plans.pdf.assessmentOf', { date: formatDate(p.assessedOn) })],
      [t('plans.pdf.keyWorker'), p.keyWorker?.name],
      [t('plans.pdf.status'), planLabel(lang, 'planStatus', p.status)],
      [
        t('plans.pdf.approved'),
        p.approvedBy && p.approvedAt
          ? t('plans.pdf.approvedOn', { name: p.approvedBy.name, date: formatDate(tashkentToday(new Date(p.approvedAt))) })
          : null,
      ],
      [
        t('plans.pdf.nextReview'),
        p.nextReviewOn
          ? `${formatDate(p.nextReviewOn)} (${t('plans.pdf.reviewEvery', { months: p.reviewMonths })})`
          : t('plans.pdf.reviewEvery', { months: p.reviewMonths }),
      ],
      [t('plans.pdf.changeReason'), p.changeReason],
    ]),
  ];
  if (p.aim) content.push(heading(t('plans.pdf.aim')), paragraph(p.aim));
  if (p.personView) content.push(heading(t('plans.pdf.personView')), paragraph(p.personView));
  content.push(...goalBlocks(lang, p));
  const bytes = await renderPdf({
    lang,
    facility,
    title: t(`plans.pdf.title.${facility.kind}`),
    subtitle: t('plans.pdf.subtitle', { code: p.client.code, version: p.version }),
    generatedAt: ctx.now(),
    content,
    signatures: [
      { role: t('plans.pdf.manager'), name: p.approvedBy?.name ?? null },
      { role: t('plans.pdf.worker'), name: p.keyWorker?.name ?? null },
      await personSignature(ctx, access),
    ],
  });
  return toDocumentFile(`plan_${p.client.code}_v${p.version}.pdf`, bytes);
}
