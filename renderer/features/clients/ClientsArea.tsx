import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage, NoAccessPage } from '../../app/StatusPages';
import { useSignedInUser } from '../../app/session';
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
  const user = useSignedInUser();
  if (!ready) return <PageLoading />;
  // The backend refuses these to caregivers; a page the role cannot use says so instead of staying blank.
  const registers = user.role === 'manager' || user.role === 'social_worker';
  const only = (allowed: boolean, page: ReactElement) => (allowed ? page : <NoAccessPage />);
  return (
    <Routes>
      <Route index element={<ClientListPage />} />
      <Route path="new" element={only(registers, <ClientFormPage />)} />
      <Route path="waiting" element={only(registers, <WaitingListPage />)} />
      <Route path="import" element={only(user.role === 'manager', <ImportPage />)} />
      <Route path="documents" element={only(registers, <ExpiringDocumentsPage />)} />
      <Route path=":id/edit" element={<ClientFormPage />} />
      <Route path=":id/:tab?" element={<ClientPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
