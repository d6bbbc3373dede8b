import { useState, type ReactNode } from 'react';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/errors';
import { useSignedInUser } from '../../app/session';
import { AppealCorrection } from './AppealCorrection';
import { countryName, useCodeLabels, useRegions, useUiLang } from './labels';

/** One appeal, as the signed-in role may see it. Opening it is recorded in the audit trail. */
export function AppealDetails({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation(['appeals', 'common']);
  const label = useCodeLabels();
  const lang = useUiLang();
  const regions = useRegions();
  const q = useApiQuery('appeals.get', { id }, { staleTime: 0 });
  const facility = useApiQuery('facility.get', {}).data;
  const user = useSignedInUser();
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState<string | null>(null);
  const a = q.data;
  // The manager corrects any appeal; a social worker the ones she may see in full (assigned to her).
  const canCorrect = !!a && (user.role === 'manager' || (user.role === 'social_worker' && !a.nameHidden));
  const row = (name: string, value: ReactNode) => (
    <Box sx={{ display: 'grid', gridTemplateColumns: '200px 1fr', gap: 2, py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
      <Typography color="text.secondary">{name}</Typography>
      <Box>{value ?? '—'}</Box>
    </Box>
  );
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="appeal-details-title">
      <DialogTitle id="appeal-details-title">{a ? t('details.title', { code: a.code }) : ''}</DialogTitle>
      <DialogContent dividers>
        {q.error && <Alert severity="error">{errorMessage(q.error)}</Alert>}
        {corrected && (
          <Alert severity="success" sx={{ mb: 2 }} onClose={() => setCorrected(null)}>
            {t('correct.saved', { code: corrected })}
          </Alert>
        )}
        {a && (
          <>
            {a.suicideRisk && (
              <Alert severity="error" icon={<WarningAmberIcon />} sx={{ mb: 2 }}>
                {t('form.suicideRisk')}
              </Alert>
            )}
            {row(t('form.when'), `${formatDate(a.appealDate)} ${a.appealTime ?? ''}`)}
            {row(
              t('form.channel'),
              [label('channel', a.channel), a.referredBy && label('referrer', a.referredBy), a.referrerNote].filter(Boolean).join(' · '),
            )}
            {row(
              t('form.applicant'),
              `${label('applicantOne', a.applicant)}${a.age !== null ? `, ${t('details.years', { age: a.age })}` : ''}`,
            )}
            {row(t('form.region'), regions.find((r) => r.soato === a.regionSoato)?.name ?? a.regionSoato)}
            {a.violenceType &&
              row(t('form.violenceType'), [a.violenceType, ...a.violenceExtra].map((v) => label('violenceType', v)).join(', '))}
            {a.exploitationType && row(t('form.exploitationType'), label('exploitation', a.exploitationType))}
            {a.country && row(t('form.country'), countryName(lang, a.country))}
            {row(
              t('form.place'),
              a.place
                ? [label('place', a.place), a.relationship && label('relationship', a.relationship)].filter(Boolean).join(' — ')
                : label('place', 'none'),
            )}
            {row(
              t('form.help'),
              a.help.length ? (
                <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                  {a.help.map((h) => (
                    <Chip key={h} size="small" label={label('help', h)} />
                  ))}
                </Box>
              ) : null,
            )}
            {row(t('form.outcome'), a.outcome ? label('outcome', a.outcome) : t('form.outcomeNone'))}
            {a.clientId !== null && row(t('details.clientLabel'), t('details.client', { code: a.clientCode ?? a.clientId }))}
            {row(
              t('form.name'),
              a.nameHidden ? (
                <Box component="span" sx={{ display: 'inline-flex', gap: 0.75, alignItems: 'center', color: 'text.secondary' }}>
                  <LockIcon fontSize="small" /> {t('details.nameHidden')}
                </Box>
              ) : (
                (a.name ?? t('list.anonymous'))
              ),
            )}
            {row(t('form.assignee'), a.assignedName ?? t('form.assigneeNone'))}
            {row(
              t('form.notes'),
              a.notesHidden ? (
                <Typography color="text.secondary">{t('details.notesHidden')}</Typography>
              ) : (
                a.notes && <Box sx={{ whiteSpace: 'pre-wrap' }}>{a.notes}</Box>
              ),
            )}
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1.5 }}>
              {t(`details.source.${a.source}`)} · {formatDateTime(a.createdAt)}
            </Typography>
          </>
        )}
      </DialogContent>
      <DialogActions>
        {canCorrect && facility && (
          <Button startIcon={<EditIcon />} onClick={() => setCorrecting(true)}>
            {t('details.correct')}
          </Button>
        )}
        <Button onClick={onClose} autoFocus>
          {t('common:actions.close')}
        </Button>
      </DialogActions>
      {correcting && a && facility && (
        <AppealCorrection
          appeal={a}
          facility={facility}
          onClose={() => setCorrecting(false)}
          onSaved={(code) => {
            setCorrecting(false);
            setCorrected(code);
          }}
        />
      )}
    </Dialog>
  );
}
