import { useState } from 'react';
import { Alert, Box, Button, MenuItem, Paper, Snackbar, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import type { ReportFormat, ReportKind } from '../../../electron/contract/reports.contract';
import { formatDate } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { PageLoading } from '../../components/LoadingScreen';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorMessage } from '../../components/errors';
import { currentLanguage } from '../../i18n/index';
import { PeriodPicker } from './PeriodPicker';
import { PeriodPanel } from './PeriodPanel';
import { ReportTables } from './ReportTables';
import { SignDialog } from './SignDialog';
import { ProspectsPanel, type ProspectChild } from './ProspectsPanel';
import { saveFile } from './files';
import { defaultChoice, periodOf, type PeriodChoice } from './period';

// The order people want them in; a value list of our own keeps zod (the contract) out of the bundle.
const FORMATS: ReportFormat[] = ['pdf', 'xlsx', 'csv', 'json'];

/** Choose a report and a period; see its figures; move the period towards closed; export or sign it. */
export function ReportView() {
  const { t } = useTranslation('reports');
  const user = useSignedInUser();
  const catalogue = useApiQuery('reports.catalogue', {});
  const [kind, setKind] = useState<ReportKind | null>(null);
  const [choice, setChoice] = useState<PeriodChoice>(() => defaultChoice());
  const [signing, setSigning] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [askPersonal, setAskPersonal] = useState<ReportFormat | null>(null);
  const current = kind ?? catalogue.data?.[0]?.kind ?? null;
  const period = periodOf(choice);
  const view = useApiQuery(
    'reports.view',
    { kind: current ?? 'activity', from: period?.from ?? '', to: period?.to ?? '' },
    { enabled: !!current && !!period },
  );

  if (catalogue.isError) return <Alert severity="error">{errorMessage(catalogue.error)}</Alert>;
  if (!catalogue.data || !current) return <PageLoading />;
  const entry = catalogue.data.find((c) => c.kind === current);

  const download = async (format: ReportFormat, acknowledged = false) => {
    if (!period) return;
    if (entry?.containsPersonalData && !acknowledged) return setAskPersonal(format);
    setExportError(null);
    try {
      saveFile(
        await call('reports.export', { kind: current, ...period, format, lang: currentLanguage(), acknowledgePersonalData: acknowledged }),
      );
    } catch (e) {
      setExportError(errorMessage(e));
    }
  };

  return (
    <>
      <Paper variant="outlined" sx={{ p: 2, mb: 2.5, display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          select
          label={t('picker.report')}
          value={current}
          onChange={(e) => setKind(e.target.value as ReportKind)}
          sx={{ width: { xs: '100%', md: 340 } }}
          helperText={entry?.description}
        >
          {catalogue.data.map((c) => (
            <MenuItem key={c.kind} value={c.kind}>
              {c.title}
            </MenuItem>
          ))}
        </TextField>
        <PeriodPicker value={choice} onChange={setChoice} />
      </Paper>

      {view.isError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {errorMessage(view.error)}
        </Alert>
      )}
      {period && view.data && (
        <>
          <PeriodPanel
            kind={current}
            from={period.from}
            to={period.to}
            period={view.data.period}
            role={user.role}
            onSign={() => setSigning(true)}
          />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 2 }}>
            <Typography variant="h5" component="h2" sx={{ flex: 1, minWidth: 240 }}>
              {view.data.title}, {formatDate(view.data.from)} – {formatDate(view.data.to)}
            </Typography>
            <Typography color="text.secondary">{t('actions.exportAs')}</Typography>
            {FORMATS.map((f) => (
              <Button key={f} size="small" variant="outlined" startIcon={<DownloadIcon />} onClick={() => void download(f)}>
                {t(`files.${f}`)}
              </Button>
            ))}
          </Box>
          {exportError && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {exportError}
            </Alert>
          )}
          <Alert severity={view.data.changedSinceClosing ? 'warning' : 'info'} variant="outlined" sx={{ mb: 2 }}>
            {view.data.changedSinceClosing ? t('status.changed') : view.data.frozen ? t('status.frozen') : t('status.live')}
          </Alert>
          {current === 'child_progress' && (user.role === 'manager' || user.role === 'social_worker') && !view.data.frozen && (
            <ProspectsPanel children={(view.data.report as { data: { children: ProspectChild[] } }).data.children} />
          )}
          <ReportTables tables={view.data.tables} />
          {view.data.period && (
            <SignDialog
              periodId={view.data.period.id}
              open={signing}
              onClose={() => setSigning(false)}
              onDone={(file) => {
                setSigning(false);
                setNotice(t('sign.done', { file }));
              }}
            />
          )}
        </>
      )}
      {!view.data && period && <PageLoading />}
      <ConfirmDialog
        open={!!askPersonal}
        title={t('personal.title')}
        confirmLabel={t('personal.confirm')}
        onCancel={() => setAskPersonal(null)}
        onConfirm={async () => {
          const f = askPersonal!;
          setAskPersonal(null);
          await download(f, true);
        }}
      >
        {t('personal.text')}
      </ConfirmDialog>
      <Snackbar
        open={!!notice}
        autoHideDuration={8000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" onClose={() => setNotice(null)} variant="filled">
          {notice}
        </Alert>
      </Snackbar>
    </>
  );
}
