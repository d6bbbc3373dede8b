// Figures against budgets, and the table printed in the terminal (and kept in the README).
import type { Measured } from './direct';
import type { ApiItem, Budget } from './items';
import type { InitialJs } from './renderer';
import type { Timing } from './stats';

export interface Row {
  item: ApiItem;
  m: Measured | null;
  note?: string;
}

export interface ItemResult {
  id: string;
  label: string;
  facility: string;
  direct: Timing | null;
  http: Timing | null;
  bare: Timing | null;
  /** Our time (backend directly) ÷ bare SQL time, medians. */
  ratio: number | null;
  budget: Budget | null;
  ok: boolean | null;
  note: string | null;
  peakRssAfterMb: number | null;
}

export interface OtherResult {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  p95?: number | null;
  budget: number | null;
  ok: boolean | null;
}

export interface Summary {
  items: ItemResult[];
  other: OtherResult[];
  missed: string[];
}

const r2 = (n: number) => Math.round(n * 100) / 100;

export function evaluate(rows: Row[], extra: Record<string, unknown>, js: InitialJs, withBudgets: boolean): Summary {
  const missed: string[] = [];
  const items = rows.map(({ item, m, note }): ItemResult => {
    // From the medians as measured (to the microsecond), judged before it is rounded for the table.
    const exactRatio = m?.direct && m.bare && m.bare.median > 0 ? m.direct.median / m.bare.median : null;
    const ratio = exactRatio === null ? null : r2(exactRatio);
    let ok: boolean | null = null;
    // An item that failed has missed its budget: --check must not pass on what was not measured.
    if (withBudgets && item.budget && m?.error) missed.push(item.id);
    if (withBudgets && item.budget && m && !m.error) {
      const shown = m.http ?? m.direct;
      ok =
        !!shown &&
        (item.budget.ms === undefined || shown.median <= item.budget.ms) &&
        (item.budget.ratio === undefined || (exactRatio !== null && exactRatio <= item.budget.ratio));
      if (!ok) missed.push(item.id);
    }
    return {
      id: item.id,
      label: item.label,
      facility: item.kind,
      direct: m?.direct ?? null,
      http: m?.http ?? null,
      bare: m?.bare ?? null,
      ratio,
      budget: item.budget ?? null,
      ok,
      note: note ?? m?.error ?? null,
      peakRssAfterMb: m?.peakRssAfterMb ?? null,
    };
  });
  const cold = extra['coldStart.women_center'] as { listening: number; firstAnswer: number; firstWork: number } | undefined;
  const rss = [extra['peakRssMb.women_center'], extra['peakRssMb.day_care']].filter((x): x is number => typeof x === 'number');
  const render = extra.firstRender as { fcp: Timing; rendered: Timing } | undefined;
  const other: OtherResult[] = [
    {
      id: 'serve.coldStart',
      label: 'cold start of komak serve → a signed-in answer (large women’s center)',
      value: cold?.firstWork ?? null,
      unit: 'ms',
      budget: 1500,
      ok: null,
    },
    {
      id: 'serve.firstAnswer',
      label: 'cold start of komak serve → first answered request',
      value: cold?.firstAnswer ?? null,
      unit: 'ms',
      budget: null,
      ok: null,
    },
    {
      id: 'serve.startupWork',
      label: 'komak serve idle again after start (background integrity check done)',
      value: (extra['startupWorkMs.women_center'] as number | undefined) ?? null,
      unit: 'ms',
      budget: null,
      ok: null,
    },
    {
      id: 'start.dailyBackup',
      label: 'first start of a day: the automatic backup (in a worker thread; the backend keeps answering)',
      value: (extra['dailyBackupMs.women_center'] as number | undefined) ?? null,
      unit: 'ms',
      budget: null,
      ok: null,
    },
    {
      id: 'start.backgroundCheck',
      label: 'first start of a day: integrity check in a worker thread, done after',
      value: (extra['backgroundCheckMs.women_center'] as number | undefined) ?? null,
      unit: 'ms',
      budget: null,
      ok: null,
    },
    {
      id: 'serve.peakRss',
      label: 'peak memory of komak serve (VmHWM)',
      value: rss.length ? Math.max(...rss) : null,
      unit: 'MB',
      budget: 300,
      ok: null,
    },
    {
      id: 'renderer.initialJs',
      label: `renderer initial JavaScript, gzipped (${js.files.length} files)`,
      value: js.gzippedKb,
      unit: 'KB',
      budget: 600,
      ok: null,
    },
    {
      id: 'renderer.fcp',
      label: 'first contentful paint in Chromium',
      value: render?.fcp.median ?? null,
      p95: render?.fcp.p95 ?? null,
      unit: 'ms',
      budget: null,
      ok: null,
    },
    {
      id: 'renderer.firstRender',
      label: 'time to first render (sign-in form) in Chromium',
      value: render?.rendered.median ?? null,
      p95: render?.rendered.p95 ?? null,
      unit: 'ms',
      budget: null,
      ok: null,
    },
  ];
  for (const o of other) {
    if (!withBudgets || o.budget === null || o.value === null) continue;
    o.ok = o.value <= o.budget;
    if (!o.ok) missed.push(o.id);
  }
  return { items, other, missed };
}

const fmt = (t: Timing | null) => (t ? `${t.median} / ${t.p95}` : '—');
const budgetText = (b: Budget | null) =>
  b ? [b.ms !== undefined ? `≤ ${b.ms} ms` : '', b.ratio !== undefined ? `≤ ${b.ratio}× SQL` : ''].filter(Boolean).join(', ') : '';
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'ok' : 'MISSED');

/** The Markdown table (terminal and README): median / p95 in milliseconds. */
export function markdownTable(s: Summary): string {
  const lines = [
    '| what | HTTP median / p95 (ms) | direct median / p95 (ms) | bare SQL median (ms) | ratio | budget | |',
    '|---|---|---|---|---|---|---|',
    ...s.items.map(
      (i) =>
        `| ${i.label} | ${fmt(i.http)} | ${fmt(i.direct)} | ${i.bare ? i.bare.median : '—'} | ${i.ratio ?? '—'} | ${budgetText(i.budget)} | ${i.note ?? verdict(i.ok)} |`,
    ),
    ...s.other.map(
      (o) =>
        `| ${o.label} | ${o.value === null ? '—' : `${o.value}${o.p95 ? ` / ${o.p95}` : ''} ${o.unit}`} | | | | ${o.budget === null ? '' : `≤ ${o.budget} ${o.unit}`} | ${verdict(o.ok)} |`,
    ),
  ];
  return lines.join('\n');
}

export function printTable(
  s: Summary,
  machine: { cores: number; cpu: string; loadBefore: number[]; loadAfter: number[] },
  scale: string,
): void {
  process.stdout.write(
    `\nKomak benchmark (${scale}), ${machine.cores} cores (${machine.cpu}), load ${machine.loadBefore.map(r2).join(' ')} → ${machine.loadAfter.map(r2).join(' ')}\n\n`,
  );
  process.stdout.write(`${markdownTable(s)}\n\n`);
  process.stdout.write(
    s.missed.length
      ? `Budgets missed: ${s.missed.join(', ')}\n`
      : scale === 'large'
        ? 'Every budget met.\n'
        : 'Smoke run: budgets not checked.\n',
  );
}
