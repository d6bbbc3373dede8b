import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../../app/StatusPages';
import { PageLoading } from '../../components/LoadingScreen';
import { ClientListPage } from './ClientListPage';
import { ClientPage } from './ClientPage';
import { ClientFormPage } from './ClientFormPage';
import { WaitingListPage } from './WaitingListPage';
import { ImportPage } from './ImportPage';
import { ExpiringDocumentsPage } from './ExpiringDocumentsPage';

/** The register: list, client pages, registration, the waiting list, import, documents expiring. */
export default function ClientsArea() {
  // The area's catalogue loads with it; the pages render once it is there.
  const { ready } = useTranslation('clients');
  if (!ready) return <PageLoading />;
  return (
    <Routes>
      <Route index element={<ClientListPage />} />
      <Route path="new" element={<ClientFormPage />} />
      <Route path="waiting" element={<WaitingListPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="documents" element={<ExpiringDocumentsPage />} />
      <Route path=":id/edit" element={<ClientFormPage />} />
      <Route path=":id/:tab?" element={<ClientPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
