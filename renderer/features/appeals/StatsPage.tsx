import { useState, type ReactNode } from 'react';
import { Alert, Box, Button, Card, Checkbox, FormControlLabel, Paper, Snackbar, Typography } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useTranslation } from 'react-i18next';
import type { KeyedCount, TraffickingStats, WomenStats } from '../../../electron/contract/appeals.contract';
import type { Facility } from '../../../electron/contract/setup.contract';
import { formatDate, formatNumber, formatPercent, tashkentToday } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/errors';
import { PageLoading } from '../../components/LoadingScreen';
import { LANGUAGE_NAMES, UI_LANGS, type UiLang } from '../../i18n/types';
import { BarList, ShareBar, type BarRow } from './charts';
import { NativeSelect } from './fields';
import { countryName, useCodeLabels, useRegions, useUiLang } from './labels';
import { downloadFile } from './download';
import { DateField } from './DateField';

type Period = { from: string; to: string };

function presets(today: string): Record<'month' | 'year' | 'lastYear' | 'janAug', Period> {
  const y = Number(today.slice(0, 4));
  return {
    month: { from: `${today.slice(0, 7)}-01`, to: today },
    year: { from: `${y}-01-01`, to: today },
    lastYear: { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` },
    janAug: { from: `${y}-01-01`, to: `${y}-08-31` },
  };
}

export function StatsPage() {
  const facility = useApiQuery('facility.get', {}).data;
  if (!facility) return <PageLoading />;
  return <Stats facility={facility} />;
}

/** Statistics for any period: figures at a glance as bars, exact counts and % beside them, and the PDF. */
function Stats({ facility }: { facility: Facility }) {
  const { t } = useTranslation(['appeals', 'common']);
  const lang = useUiLang();
  const shelter = facility.kind === 'trafficking_shelter';
  const ready = presets(tashkentToday());
  const [form, setForm] = useState<Period>(ready.year);
  const [period, setPeriod] = useState<Period>(ready.year);
  const [pdfLang, setPdfLang] = useState<UiLang>(lang);
  const [mask, setMask] = useState(true);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const women = useApiQuery('appeals.stats', period, { enabled: !shelter });
  const trafficking = useApiQuery('appeals.traffickingStats', period, { enabled: shelter });
  const stats = shelter ? trafficking : women;
  const pdf = useApiMutation('appeals.statsPdf');

  const choose = (p: Period) => {
    setForm(p);
    setPeriod(p);
  };
  const download = async () => {
    const file = await pdf.mutateAsync({ ...period, lang: pdfLang, maskSmallCounts: mask });
    downloadFile(file);
    setDownloaded(file.fileName);
  };

  return (
    <Box>
      <Paper variant="outlined" sx={{ p: 2, mb: 2.5 }}>
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
          <Box
            component="form"
            aria-label={t('stats.period')}
            onSubmit={(e) => {
              e.preventDefault();
              setPeriod(form);
            }}
            sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
          >
            <DateField
              name="from"
              label={t('list.from')}
              value={form.from}
              onChange={(v) => setForm({ ...form, from: v })}
              sx={{ width: 160 }}
            />
            <DateField name="to" label={t('list.to')} value={form.to} onChange={(v) => setForm({ ...form, to: v })} sx={{ width: 160 }} />
            <Button type="submit" variant="contained" disabled={!form.from || !form.to}>
              {t('stats.show')}
            </Button>
          </Box>
          {(Object.keys(ready) as Array<keyof typeof ready>).map((k) => (
            <Button
              key={k}
              size="small"
              variant={ready[k].from === period.from && ready[k].to === period.to ? 'outlined' : 'text'}
              onClick={() => choose(ready[k])}
            >
              {t(`stats.presets.${k}`)}
            </Button>
          ))}
        </Box>
        <Box
          sx={{
            display: 'flex',
            gap: 2,
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: 'flex-end',
            borderTop: 1,
            borderColor: 'divider',
            mt: 2,
            pt: 2,
          }}
        >
          <FormControlLabel
            sx={{ mr: 'auto' }}
            control={<Checkbox checked={mask} onChange={(e) => setMask(e.target.checked)} />}
            label={<Typography variant="body2">{t('stats.mask')}</Typography>}
          />
          <Box sx={{ width: 150 }}>
            <NativeSelect
              name="pdfLang"
              label={t('stats.pdfLang')}
              value={pdfLang}
              options={UI_LANGS.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
              onChange={(v) => setPdfLang(v as UiLang)}
            />
          </Box>
          <Button
            variant="contained"
            color="secondary"
            startIcon={<PictureAsPdfIcon />}
            onClick={() => void download()}
            disabled={pdf.isPending || !stats.data}
          >
            {t('stats.pdf')}
          </Button>
        </Box>
      </Paper>
      {pdf.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {errorMessage(pdf.error)}
        </Alert>
      )}
      {stats.error && <Alert severity="error">{errorMessage(stats.error)}</Alert>}
      {!stats.data && !stats.error && <PageLoading />}
      {stats.data && (
        <>
          <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
            {formatDate(stats.data.from)} – {formatDate(stats.data.to)}
          </Typography>
          {shelter ? <TraffickingFigures s={stats.data as TraffickingStats} /> : <WomenFigures s={stats.data as WomenStats} />}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {t('stats.percentNote')}
          </Typography>
        </>
      )}
      <Snackbar
        open={!!downloaded}
        autoHideDuration={5000}
        onClose={() => setDownloaded(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setDownloaded(null)}>
          {t('stats.downloaded', { file: downloaded ?? '' })}
        </Alert>
      </Snackbar>
    </Box>
  );
}

function Figure({ label, count, percent }: { label: string; count: number; percent?: number }) {
  const lang = useUiLang();
  return (
    <Card sx={{ p: 2 }} data-figure={label}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatNumber(count)}
      </Typography>
      {percent !== undefined && (
        <Typography variant="body2" color="text.secondary">
          {formatPercent(percent, lang)}
        </Typography>
      )}
    </Card>
  );
}

function Panel({ title, children, note, wide }: { title: string; children: ReactNode; note?: string; wide?: boolean }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2.5, gridColumn: wide ? '1 / -1' : undefined }}>
      <Typography variant="h6" component="h3" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
      {note && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1.25 }}>
          {note}
        </Typography>
      )}
    </Paper>
  );
}

function useRows() {
  const label = useCodeLabels();
  const regions = useRegions();
  return {
    coded: (group: Parameters<typeof label>[0], rows: KeyedCount[]): BarRow[] => rows.map((r) => ({ ...r, label: label(group, r.key) })),
    regions: (rows: KeyedCount[]): BarRow[] => rows.map((r) => ({ ...r, label: regions.find((x) => x.soato === r.key)?.name ?? r.key })),
    label,
  };
}

function WomenFigures({ s }: { s: WomenStats }) {
  const { t } = useTranslation('appeals');
  const lang = useUiLang();
  const rows = useRows();
  if (s.total === 0) return <Alert severity="info">{t('stats.empty')}</Alert>;
  const places: BarRow[] = s.byPlace.flatMap((p) => [
    { ...p, label: rows.label('place', p.key) },
    ...p.relationships.map((r) => ({ ...r, key: `${p.key}.${r.key}`, label: rows.label('relationship', r.key), sub: true })),
  ]);
  places.push({ key: 'none', label: rows.label('place', 'none'), ...s.noPlace });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
      <Box sx={{ gridColumn: '1 / -1', display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 2 }}>
        <Figure label={t('stats.total')} count={s.total} />
        <Figure label={t('stats.suicideRisk')} count={s.suicideRisk.count} percent={s.suicideRisk.percent} />
        <Figure label={t('stats.noPlace')} count={s.noPlace.count} percent={s.noPlace.percent} />
      </Box>
      <Panel title={t('stats.byApplicant')}>
        <ShareBar rows={rows.coded('applicant', s.byApplicant)} lang={lang} />
      </Panel>
      <Panel title={t('stats.byChannel')}>
        <ShareBar rows={rows.coded('channel', s.byChannel)} lang={lang} />
      </Panel>
      <Panel title={t('stats.byViolenceType')}>
        <BarList rows={rows.coded('violenceType', s.byViolenceType)} lang={lang} />
      </Panel>
      <Panel title={t('stats.byHelp')} note={t('stats.helpNote')}>
        <BarList rows={rows.coded('help', s.byHelp)} lang={lang} scaleTo="total" />
      </Panel>
      <Panel title={t('stats.byRegion')}>
        <BarList rows={rows.regions(s.byRegion)} lang={lang} />
      </Panel>
      <Panel title={t('stats.byPlace')}>
        <BarList rows={places} lang={lang} />
      </Panel>
    </Box>
  );
}

function TraffickingFigures({ s }: { s: TraffickingStats }) {
  const { t } = useTranslation('appeals');
  const lang = useUiLang();
  const rows = useRows();
  if (s.total === 0) return <Alert severity="info">{t('stats.empty')}</Alert>;
  const none = (group: 'referrer' | 'exploitation', rs: KeyedCount[]) => rows.coded(group, rs);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
      <Box sx={{ gridColumn: '1 / -1', display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 2 }}>
        <Figure label={t('stats.total')} count={s.total} />
        <Figure label={t('stats.minors')} count={s.minors.count} percent={s.minors.percent} />
      </Box>
      <Panel title={t('stats.byApplicant')}>
        <ShareBar rows={rows.coded('applicant', s.byApplicant)} lang={lang} />
      </Panel>
      <Panel title={t('stats.byExploitation')}>
        <BarList rows={none('exploitation', s.byExploitation)} lang={lang} />
      </Panel>
      <Panel title={t('stats.byCountry')}>
        <BarList
          rows={s.byCountry.map((r) => ({ ...r, label: r.key === 'none' ? rows.label('exploitation', 'none') : countryName(lang, r.key) }))}
          lang={lang}
        />
      </Panel>
      <Panel title={t('stats.byReferrer')}>
        <BarList rows={none('referrer', s.byReferrer)} lang={lang} />
      </Panel>
      <Panel title={t('stats.byRegion')}>
        <BarList rows={rows.regions(s.byRegion)} lang={lang} />
      </Panel>
      <Panel title={t('stats.byHelp')} note={t('stats.helpNote')}>
        <BarList rows={rows.coded('help', s.byHelp)} lang={lang} scaleTo="total" />
      </Panel>
    </Box>
  );
}
