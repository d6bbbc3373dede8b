import { useState } from 'react';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { BackupStatusCard } from './BackupStatusCard';
import { BackupNowCard } from './BackupNowCard';
import { BackupList } from './BackupList';

/** Backups (manager): is there a recent copy, make one now, see what a copy holds, restore it. */
export default function BackupsPage() {
  const { t } = useTranslation(['trust', 'common']);
  const [dir, setDir] = useState<string | undefined>(undefined);
  return (
    <>
      <PageHeader title={t('common:nav.backups')} subtitle={t('backups.subtitle')} />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, mb: 3 }}>
        <BackupStatusCard />
        <BackupNowCard onDone={setDir} />
      </Box>
      <BackupList dir={dir} onDirChange={setDir} />
    </>
  );
}
