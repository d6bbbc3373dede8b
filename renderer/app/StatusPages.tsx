import { Button } from '@mui/material';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import LockIcon from '@mui/icons-material/Lock';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

function HomeButton() {
  const { t } = useTranslation();
  return (
    <Button component={RouterLink} to="/" variant="contained">
      {t('actions.backHome')}
    </Button>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <EmptyState icon={SearchOffIcon} title={t('errors.notFoundTitle')} text={t('errors.notFoundText')} actions={<HomeButton />} />;
}

export function NoAccessPage() {
  const { t } = useTranslation();
  return <EmptyState icon={LockIcon} title={t('errors.noAccessTitle')} text={t('errors.noAccessText')} actions={<HomeButton />} />;
}

/** A page of the app failed to load or render (for instance an area's file after an update). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={ErrorOutlineIcon}
      title={t('errors.crashTitle')}
      text={t('errors.crashText')}
      actions={
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('actions.retry')}
        </Button>
      }
    />
  );
}
