import { Alert } from '@mui/material';
import { useParams, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/hooks';
import { PageLoading } from '../../../components/LoadingScreen';
import { errorMessage } from '../../../components/errors';
import { PlanEditor } from './PlanEditor';
import { PlanView } from './PlanView';

/** A new plan for a client (from a completed assessment), or one version of a plan: edited while a draft, read otherwise. */
export function PlanPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const versionId = params.id ? Number(params.id) : null;
  const version = useApiQuery('plans.get', { versionId: versionId ?? 0 }, { enabled: versionId !== null });
  const assessmentId = version.data?.assessmentId ?? Number(search.get('assessment'));
  const assessment = useApiQuery('assessments.get', { id: assessmentId || 0 }, { enabled: !!assessmentId });
  const error = version.error ?? assessment.error;
  if (error) return <Alert severity="error">{errorMessage(error)}</Alert>;
  if ((versionId !== null && !version.data) || !assessment.data) return <PageLoading />;
  const v = version.data ?? null;
  if (v && !v.can.edit) return <PlanView key={v.id} version={v} />;
  return <PlanEditor key={v?.id ?? 'new'} version={v} assessment={assessment.data} />;
}
