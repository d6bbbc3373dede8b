import { Button, Chip } from '@mui/material';
import HomeIcon from '@mui/icons-material/Home';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { areas } from '../../app/areas';
import { useSignedInUser } from '../../app/session';
import type { PlannedAreaId } from './load';

/** An area that is not built yet says what will be here and how the work will start — never a dead end. */
export function PlannedAreaPage({ areaId }: { areaId: PlannedAreaId }) {
  const { t } = useTranslation(['planned', 'common']);
  const user = useSignedInUser();
  const area = areas.find((a) => a.id === areaId)!;
  const title = t(`common:${area.labelKey}`);
  return (
    <>
      <PageHeader title={title} subtitle={t(`${areaId}.intro`)} />
      <EmptyState
        icon={area.icon}
        title={t('emptyTitle')}
        text={t(`${areaId}.start`)}
        points={[t(`${areaId}.p1`), t(`${areaId}.p2`), t(`${areaId}.p3`)]}
        actions={
          <>
            {user.role === 'manager' && (
              <Button component={RouterLink} to="/settings/users" variant="outlined" startIcon={<GroupAddIcon />}>
                {t('meanwhileStaff')}
              </Button>
            )}
            <Button component={RouterLink} to="/" variant="contained" startIcon={<HomeIcon />}>
              {t('common:actions.backHome')}
            </Button>
          </>
        }
      >
        <Chip label={t('soon')} size="small" sx={{ mt: 2.5, bgcolor: 'rgba(224,161,0,0.15)', color: '#7a4d00', fontWeight: 600 }} />
      </EmptyState>
    </>
  );
}
