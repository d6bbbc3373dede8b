import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/errors';

/** The verdict of the hash chain, checked each time the viewer opens. */
export function AuditVerifyBanner() {
  const { t } = useTranslation(['trust', 'common']);
  const verify = useApiQuery('audit.verify', {}, { staleTime: 0 });
  if (verify.error)
    return (
      <Alert severity="error" role="alert">
        {errorMessage(verify.error)}
      </Alert>
    );
  if (!verify.data) return <Alert severity="info">{t('audit.verifying')}</Alert>;
  const v = verify.data;
  return v.ok ? (
    <Alert severity="success" data-testid="audit-verdict">
      {t('audit.verifyOk', { count: formatNumber(v.count) })}
    </Alert>
  ) : (
    <Alert severity="error" role="alert" data-testid="audit-verdict">
      {t('audit.verifyBad', { seq: v.seq, problem: t(`audit.problem.${v.problem}`) })}
    </Alert>
  );
}
