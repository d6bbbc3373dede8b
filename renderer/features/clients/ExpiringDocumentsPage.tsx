import { Link, Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../electron/contract/format';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useApiQuery } from '../../api/hooks';
import { ClientName, Code } from './shared';
import { expiryChip } from './DocumentsTab';

/** Documents expiring in the next 30 days (and expired ones), each linked to the client's documents. */
export function ExpiringDocumentsPage() {
  const { t } = useTranslation('clients');
  const docs = useApiQuery('documents.expiring', { days: 30 }).data;
  return (
    <>
      <PageHeader title={t('documents.expiringTitle')} subtitle={t('documents.expiringSubtitle')} />
      {docs && docs.length === 0 && (
        <EmptyState icon={EventAvailableIcon} title={t('documents.noneExpiring')} text={t('documents.expiringSubtitle')} />
      )}
      {docs && docs.length > 0 && (
        <Paper variant="outlined">
          <Table size="small" aria-label={t('documents.expiringTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('documents.expiresOn')}</TableCell>
                <TableCell>{t('documents.type')}</TableCell>
                <TableCell>{t('documents.client')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {docs.map((d) => (
                <TableRow key={d.id}>
                  <TableCell sx={{ fontWeight: 700 }}>{formatDate(d.expiresOn)}</TableCell>
                  <TableCell>{t(`attachment.${d.type}`)}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/clients/${d.client.id}/documents`} sx={{ mr: 1 }}>
                      <Code code={d.client.code} />
                    </Link>
                    <ClientName name={d.client.name} hidden={d.client.nameHidden} variant="body2" />
                  </TableCell>
                  <TableCell>{expiryChip(d.expiresOn, t)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </>
  );
}
