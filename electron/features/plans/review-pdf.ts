import type { Content } from 'pdfmake/interfaces';
import type { GeneratedFile } from '../../contract/files.contract';
import type { ReviewOut } from '../../contract/plans.schemas';
import { planLabel } from '../../contract/plans.labels';
import { formatDate } from '../../contract/format';
import { findUserById } from '../../../db/repositories/users';
import { translator } from '../../i18n/index';
import type { AuthedContext } from '../context';
import { dataTable, heading, paragraph, renderPdf, toDocumentFile } from '../documents/pdf';
import { infoTable, clientLine, personSignature, facilityOf } from './plan-pdf';
import type { ReviewAccess } from './reviews.service';

export async function reviewPdf(ctx: AuthedContext, r: ReviewAccess, review: ReviewOut): Promise<GeneratedFile> {
  const lang = ctx.lang;
  const t = translator(lang);
  const facility = await facilityOf(ctx);
  const keyWorker = r.version.key_worker_id ? await findUserById(ctx.db, r.version.key_worker_id) : undefined;
  const manager = r.version.approved_by ? await findUserById(ctx.db, r.version.approved_by) : undefined;
  const dash = t('plans.pdf.notRated');
  const content: Content[] = [
    infoTable([
      [t('plans.pdf.client'), clientLine(lang, review.client)],
      [t('plans.pdf.reviewedOn'), formatDate(review.reviewedOn)],
      [t('plans.pdf.participants'), review.participants.join(', ') || null],
      [t('plans.pdf.status'), review.status === 'done' ? null : planLabel(lang, 'planStatus', 'under_review')],
      [t('plans.pdf.outcome'), review.outcome ? planLabel(lang, 'reviewOutcome', review.outcome) : null],
      [t('plans.pdf.nextReview'), review.nextReviewOn ? formatDate(review.nextReviewOn) : null],
    ]),
    dataTable(
      [
        { header: t('plans.pdf.goalCol'), width: '*' },
        { header: t('plans.pdf.baseline'), width: 34, align: 'center' },
        { header: t('plans.pdf.previous'), width: 38, align: 'center' },
        { header: t('plans.pdf.reached'), width: 50, align: 'center' },
        { header: t('plans.pdf.target'), width: 44, align: 'center' },
        { header: t('plans.pdf.progress'), width: 46, align: 'right' },
        { header: t('plans.pdf.statusCol'), width: 78 },
      ],
      review.goals.map((g) => [
        {
          text: [
            { text: `${g.goalNo}. ${g.title}\n`, bold: true },
            { text: planLabel(lang, 'domain', g.domain), color: '#555555', fontSize: 8 },
          ],
        },
        String(g.baseline),
        String(g.previous),
        g.rating === null ? dash : String(g.rating),
        String(g.target),
        g.progress === null ? dash : `${g.progress} %`,
        g.status ? planLabel(lang, 'goalStatus', g.status) : dash,
      ]),
    ),
  ];
  const notes = review.goals.filter((g) => g.note);
  if (notes.length) {
    content.push(heading(t('plans.pdf.note')));
    for (const g of notes) content.push(paragraph(`${g.goalNo}. ${g.note}`));
  }
  if (review.summary) content.push(heading(t('plans.pdf.summary')), paragraph(review.summary));
  if (review.personView) content.push(heading(t('plans.pdf.personView')), paragraph(review.personView));
  const bytes = await renderPdf({
    lang,
    facility,
    title: t('plans.pdf.reviewTitle'),
    subtitle: t('plans.pdf.reviewSubtitle', { code: review.client.code, version: review.version, date: formatDate(review.reviewedOn) }),
    generatedAt: ctx.now(),
    content,
    signatures: [
      { role: t('plans.pdf.manager'), name: manager?.full_name ?? null },
      { role: t('plans.pdf.worker'), name: keyWorker?.full_name ?? null },
      await personSignature(ctx, r.access),
    ],
  });
  return toDocumentFile(`review_${review.client.code}_${review.reviewedOn}.pdf`, bytes);
}
