import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import EditNoteIcon from '@mui/icons-material/EditNote';
import RateReviewIcon from '@mui/icons-material/RateReview';
import PrintIcon from '@mui/icons-material/Print';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import LockIcon from '@mui/icons-material/Lock';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanVersionOut } from '../../../../electron/contract/index';
import { tashkentToday } from '../../../../electron/contract/format';
import { call } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { errorMessage } from '../../../components/errors';
import { DateField } from '../components/DateField';
import { ReasonDialog } from '../components/ReasonDialog';
import { saveFile } from '../files';

const INVALIDATES = ['plans.get', 'plans.forClient', 'plans.overview'] as const;
type Dialog = 'approve' | 'return' | 'revise' | 'close' | 'review' | null;

/** What this user may do with this version, as buttons; each step that changes the record asks first. */
export function PlanActions({ version: v, onNotice }: { version: PlanVersionOut; onNotice(text: string): void }) {
  const { t } = useTranslation(['plans', 'common']);
  const navigate = useNavigate();
  const [open, setOpen] = useState<Dialog>(null);
  const [reviewOn, setReviewOn] = useState<string | null>(tashkentToday());
  const [printError, setPrintError] = useState<unknown>(null);
  const approve = useApiMutation('plans.approve', { invalidates: [...INVALIDATES] });
  const back = useApiMutation('plans.returnToDraft', { invalidates: [...INVALIDATES] });
  const revise = useApiMutation('plans.revise', { invalidates: [...INVALIDATES] });
  const close = useApiMutation('plans.close', { invalidates: [...INVALIDATES] });
  const start = useApiMutation('plans.startReview', { invalidates: [...INVALIDATES] });
  const previous = [...v.versions].reverse().find((x) => x.version < v.version);
  const openReview = v.reviews.find((r) => r.status === 'draft');
  const print = async () => {
    setPrintError(null);
    try {
      saveFile(await call('plans.pdf', { versionId: v.id }));
    } catch (e) {
      setPrintError(e);
    }
  };
  return (
    <>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
        {v.can.approve && (
          <Button variant="contained" color="success" startIcon={<TaskAltIcon />} onClick={() => setOpen('approve')}>
            {t('plan.approve')}
          </Button>
        )}
        {v.can.returnToDraft && (
          <Button variant="outlined" startIcon={<UndoIcon />} onClick={() => setOpen('return')}>
            {t('plan.returnToDraft')}
          </Button>
        )}
        {v.can.startReview && (
          <Button variant="contained" startIcon={<RateReviewIcon />} onClick={() => setOpen('review')}>
            {t('plan.startReview')}
          </Button>
        )}
        {openReview && (
          <Button variant="contained" startIcon={<RateReviewIcon />} component={RouterLink} to={`/plans/review/${openReview.id}`}>
            {t('client.reviewDraft')}
          </Button>
        )}
        {v.can.revise && (
          <Button variant="outlined" startIcon={<EditNoteIcon />} onClick={() => setOpen('revise')}>
            {t('plan.revise')}
          </Button>
        )}
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => void print()}>
          {t('plan.print')}
        </Button>
        {previous && (
          <Button startIcon={<CompareArrowsIcon />} component={RouterLink} to={`/plans/versions/compare?a=${previous.id}&b=${v.id}`}>
            {t('plan.compare')}
          </Button>
        )}
        {v.can.close && (
          <Button color="error" startIcon={<LockIcon />} onClick={() => setOpen('close')}>
            {t('plan.close')}
          </Button>
        )}
      </Stack>
      {!!printError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {errorMessage(printError)}
        </Alert>
      )}
      <ConfirmDialog
        open={open === 'approve'}
        title={t('plan.approveTitle')}
        confirmLabel={t('plan.approve')}
        onCancel={() => setOpen(null)}
        onConfirm={async () => {
          await approve.mutateAsync({ versionId: v.id });
          setOpen(null);
          onNotice(t('plan.approved'));
        }}
      >
        {t('plan.approveText')}
      </ConfirmDialog>
      <ReasonDialog
        open={open === 'return'}
        title={t('plan.returnToDraft')}
        label={t('plan.returnReason')}
        confirmLabel={t('plan.returnToDraft')}
        onClose={() => setOpen(null)}
        onConfirm={async (reason) => {
          await back.mutateAsync({ versionId: v.id, reason });
          setOpen(null);
        }}
      />
      <ReasonDialog
        open={open === 'revise'}
        title={t('plan.revise')}
        label={t('plan.reviseReason')}
        confirmLabel={t('plan.revise')}
        onClose={() => setOpen(null)}
        onConfirm={async (reason) => {
          const next = await revise.mutateAsync({ planId: v.planId, reason });
          setOpen(null);
          navigate(`/plans/version/${next.id}`);
        }}
      />
      <ReasonDialog
        open={open === 'close'}
        title={t('plan.close')}
        label={t('plan.closeReason')}
        confirmLabel={t('plan.close')}
        destructive
        onClose={() => setOpen(null)}
        onConfirm={async (reason) => {
          await close.mutateAsync({ planId: v.planId, reason });
          setOpen(null);
        }}
      />
      <ConfirmDialog
        open={open === 'review'}
        title={t('plan.startReview')}
        confirmLabel={t('plan.startReview')}
        onCancel={() => setOpen(null)}
        onConfirm={async () => {
          const review = await start.mutateAsync({ planId: v.planId, reviewedOn: reviewOn ?? '' });
          setOpen(null);
          navigate(`/plans/review/${review.id}`);
        }}
      >
        <DateField label={t('plan.reviewDate')} value={reviewOn} onChange={setReviewOn} required />
      </ConfirmDialog>
    </>
  );
}
