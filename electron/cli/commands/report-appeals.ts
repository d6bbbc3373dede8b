import { callAs } from '../io';
import type { ReportKind } from './report';

export const womenStatsReport: ReportKind = {
  summary: 'Women’s center statistics of appeals (the agency’s table).',
  formats: ['json', 'pdf'],
  async run(backend, ctx, o) {
    if (o.format === 'json')
      return { text: JSON.stringify(await callAs(backend, ctx, 'appeals.agencyStats', { from: o.from, to: o.to }), null, 2) };
    const file = await callAs(backend, ctx, 'appeals.statsPdf', { from: o.from, to: o.to, lang: o.lang, maskSmallCounts: !o.exact });
    return { bytes: Buffer.from(file.base64, 'base64') };
  },
};

export const traffickingStatsReport: ReportKind = {
  summary: 'Trafficking shelter statistics of appeals.',
  formats: ['json', 'pdf'],
  async run(backend, ctx, o) {
    if (o.format === 'json')
      return { text: JSON.stringify(await callAs(backend, ctx, 'appeals.traffickingStats', { from: o.from, to: o.to }), null, 2) };
    const file = await callAs(backend, ctx, 'appeals.statsPdf', { from: o.from, to: o.to, lang: o.lang, maskSmallCounts: !o.exact });
    return { bytes: Buffer.from(file.base64, 'base64') };
  },
};
