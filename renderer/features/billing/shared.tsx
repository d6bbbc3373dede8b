// Small pieces the billing pages share: the month field, money, downloads, status chips.
import { useState } from 'react';
import { Alert, Button, Chip, Menu, MenuItem, Snackbar, TextField } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Lang } from '../../../electron/contract/core';
import { formatDate, formatMoney, parseDate, tashkentToday } from '../../../electron/contract/format';
import { billingLabel, type BillingLabelGroup } from '../../../electron/contract/billing.labels';
import { errorMessage } from '../../components/errors';
import { useApiQuery } from '../../api/hooks';

/** The month being closed: last month, unless the address says otherwise (`?month=2026-10`). */
export function useMonthParam(): [string, (m: string) => void] {
  const [params, setParams] = useSearchParams();
  const today = tashkentToday();
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  const fallback = d.toISOString().slice(0, 7);
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : fallback;
  return [month, (m) => setParams((p) => (p.set('month', m), p), { replace: true })];
}

/** The month as people say it ("2026-yil oktabr"), picked from the last two years. */
export function MonthField({ value, onChange }: { value: string; onChange(m: string): void }) {
  const { t } = useTranslation('billing');
  const names = t('monthNames').split('|');
  const label = (m: string) => t('monthLabel', { year: m.slice(0, 4), month: names[Number(m.slice(5, 7)) - 1] });
  const now = tashkentToday().slice(0, 7);
  const options: string[] = [];
  for (let i = 0; i < 24; i++) {
    const d = new Date(`${now}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - i);
    options.push(d.toISOString().slice(0, 7));
  }
  if (!options.includes(value)) options.push(value);
  return (
    <TextField select label={t('month')} value={value} onChange={(e) => onChange(e.target.value)} size="small" sx={{ width: 220 }}>
      {options.map((m) => (
        <MenuItem key={m} value={m}>
          {label(m)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A date typed as DD.MM.YYYY (as on paper), handed on as ISO; what is not a date goes on as typed for the backend to refuse. */
export function DateField(props: { label: string; value: string; onChange(iso: string): void; error?: string }) {
  const { t } = useTranslation('billing');
  const [text, setText] = useState(formatDate(props.value));
  return (
    <TextField
      label={props.label}
      value={text}
      placeholder={t('dateHelp')}
      onChange={(e) => {
        setText(e.target.value);
        props.onChange(parseDate(e.target.value) ?? e.target.value);
      }}
      error={!!props.error}
      helperText={props.error ?? t('dateHelp')}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
    />
  );
}

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return (['uz', 'ru', 'en'].includes(i18n.language) ? i18n.language : 'uz') as Lang;
}

export const som = (n: number, lang: Lang) => formatMoney(n, lang);

export function useLabel() {
  const lang = useLang();
  return (group: BillingLabelGroup, key: string) => billingLabel(lang, group, key);
}

/** Saves a generated file (base64) through the browser's download. */
export function saveFile(file: { fileName: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A "Download PDF" button: Uzbek by one click, Russian or English from its menu. */
export function PdfButton({
  make,
  label,
  onError,
}: {
  make(lang: Lang): Promise<{ fileName: string; mimeType: string; base64: string }>;
  label?: string;
  onError(m: string): void;
}) {
  const { t } = useTranslation('billing');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (lang: Lang) => {
    setAnchor(null);
    setBusy(true);
    try {
      saveFile(await make(lang));
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button startIcon={<PictureAsPdfIcon />} disabled={busy} onClick={() => void run('uz')}>
        {label ?? t('pdf')}
      </Button>
      <Button
        size="small"
        disabled={busy}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-label={t('pdfOther')}
        title={t('pdfOther')}
        sx={{ minWidth: 0, px: 1 }}
      >
        ru / en
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {(['uz', 'ru', 'en'] as const).map((l) => (
          <MenuItem key={l} onClick={() => void run(l)}>
            {t(`pdfLang.${l}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

const STATUS_COLORS: Record<string, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  draft: 'default',
  issued: 'info',
  submitted: 'info',
  paid: 'success',
  partly_paid: 'warning',
  rejected: 'error',
  active: 'success',
  suspended: 'warning',
  cancelled: 'error',
  expired: 'default',
};

export function StatusChip({ status }: { status: string }) {
  const label = useLabel();
  return <Chip size="small" color={STATUS_COLORS[status] ?? 'default'} label={label('status', status)} />;
}

/** The client an agreement or voucher is for: code and, where the role may see it, the name. */
export function ClientField(props: { value: string; onChange(id: string): void; error?: string; label: string }) {
  const clients = useApiQuery('clients.list', { status: 'all', limit: 200 });
  return (
    <TextField
      select
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={!!props.error}
      helperText={props.error}
      required
    >
      {(clients.data?.items ?? []).map((c) => (
        <MenuItem key={c.id} value={String(c.id)}>
          {c.code}
          {c.name ? ` — ${c.name}` : ''}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The one-sentence result of a write, at the bottom of the screen. */
export function Notice({ text, onClose }: { text: string | null; onClose(): void }) {
  return (
    <Snackbar open={!!text} autoHideDuration={5000} onClose={onClose} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="success" variant="filled" onClose={onClose}>
        {text}
      </Alert>
    </Snackbar>
  );
}
