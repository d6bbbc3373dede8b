// Small pieces every daily-work page uses: the clock, a person's name (or code with a lock), the
// photo or initials, absence labels, and the "saved · undo" notice.
import { useEffect, useState, type ReactNode } from 'react';
import { Avatar, Box, Button, Snackbar, Tooltip, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useTranslation } from 'react-i18next';
import type { ClientSummary, AbsenceReasonOut } from '../../../electron/contract/index';
import { tashkentParts } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';

/** Tashkent wall-clock time now, refreshed every `everyMs` (the sheet's warnings move with it). */
export function useClock(everyMs = 30_000): { date: string; time: string } {
  const [now, setNow] = useState(() => tashkentParts(new Date()));
  useEffect(() => {
    const id = window.setInterval(() => setNow(tashkentParts(new Date())), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const hhmmOf = (minutes: number) => {
  const m = Math.max(0, Math.min(minutes, 24 * 60 - 1));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
/** 8.5 → "8,5" in Uzbek and Russian. */
export function hoursText(minutes: number, lang: string): string {
  const h = Math.round((minutes / 60) * 10) / 10;
  const s = Number.isInteger(h) ? String(h) : h.toFixed(1);
  return lang === 'en' ? s : s.replace('.', ',');
}

/** The name a viewer may see, or the code with a lock where it is hidden. */
/** The code under a name; when the name is hidden the code is already the name line, so nothing is repeated. */
export function CodeLine({ client }: { client: ClientSummary }) {
  if (client.nameHidden || !client.name) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {client.code}
    </Typography>
  );
}

export function PersonName({
  client,
  variant = 'body1',
  bold = true,
}: {
  client: ClientSummary;
  variant?: 'body1' | 'body2' | 'h6';
  bold?: boolean;
}) {
  const { t } = useTranslation('daily');
  if (!client.nameHidden && client.name)
    return (
      <Typography variant={variant} sx={{ fontWeight: bold ? 700 : 400, lineHeight: 1.25 }}>
        {client.name}
      </Typography>
    );
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <Tooltip title={t('lockedName')}>
        <LockIcon sx={{ fontSize: 16, color: 'text.secondary' }} aria-label={t('lockedName')} />
      </Tooltip>
      <Typography variant={variant} sx={{ fontWeight: bold ? 700 : 400 }}>
        {client.code}
      </Typography>
    </Box>
  );
}

/** A short form for messages: first name (or the code). */
export const shortName = (c: ClientSummary) => (c.name ? (c.name.split(/\s+/)[1] ?? c.name) : c.code);

/** The client's photo when there is one and the viewer may see it, else the initials. */
export function ClientAvatar({
  client,
  initials,
  hasPhoto,
  size = 56,
}: {
  client: ClientSummary;
  initials: string;
  hasPhoto: boolean;
  size?: number;
}) {
  const photo = useApiQuery('clients.photo', { clientId: client.id }, { enabled: hasPhoto, staleTime: 10 * 60_000 });
  const src = photo.data ? `data:${photo.data.mime};base64,${photo.data.contentBase64}` : undefined;
  return (
    <Avatar src={src} alt="" sx={{ width: size, height: size, fontSize: size * 0.38, fontWeight: 700, bgcolor: 'primary.light' }}>
      {initials}
    </Avatar>
  );
}

/** A reason's name: the built-in ones translated, added ones by their own label. */
export function useAbsenceLabel(reasons: readonly AbsenceReasonOut[] | undefined) {
  const { t } = useTranslation('daily');
  return (code: string) => {
    const r = reasons?.find((x) => x.code === code);
    return r?.label ?? t(`absence.${code}` as 'absence.illness', { defaultValue: code });
  };
}

export interface Notice {
  text: string;
  undo?: () => void;
  severity?: 'error';
}

/** "Saved" with an undo button for a few seconds: the quick path stays quick and mistakes stay cheap. */
export function NoticeBar({ notice, onClose }: { notice: Notice | null; onClose(): void }) {
  const { t } = useTranslation('daily');
  return (
    <Snackbar
      open={!!notice}
      onClose={(_, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={notice?.undo ? 6000 : 4000}
      message={notice?.text}
      // At the top: on a tablet the bottom of the page is where the next tap goes.
      anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
      sx={{ top: { xs: 72, sm: 76 } }}
      slotProps={{ content: { sx: notice?.severity === 'error' ? { bgcolor: 'error.main' } : undefined } }}
      action={
        notice?.undo ? (
          <Button
            color="inherit"
            size="large"
            onClick={() => {
              notice.undo!();
              onClose();
            }}
          >
            {t('undo')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** A count with its label, large enough to read across the room. */
export function BigCount({ value, label, of, tone = 'primary.main' }: { value: number; label: string; of?: ReactNode; tone?: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
      <Typography component="span" sx={{ fontSize: '2.25rem', fontWeight: 800, color: tone, lineHeight: 1 }}>
        {value}
      </Typography>
      {of}
      <Typography component="span" color="text.secondary" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
    </Box>
  );
}

/** Saves a generated file (a PDF) through the browser's download. */
export function downloadFile(file: { fileName: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
