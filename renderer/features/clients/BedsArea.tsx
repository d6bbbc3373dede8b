import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage, NoAccessPage } from '../../app/StatusPages';
import { PageLoading } from '../../components/LoadingScreen';
import { useSignedInUser } from '../../app/session';
import { BedBoardPage } from './BedBoardPage';
import { RoomsPage } from './RoomsPage';

/** The bed board (and group board in day care), and the manager's rooms and groups. */
export default function BedsArea() {
  const { ready } = useTranslation('clients');
  const user = useSignedInUser();
  if (!ready) return <PageLoading />;
  return (
    <Routes>
      <Route index element={<BedBoardPage />} />
      <Route path="rooms" element={user.role === 'manager' ? <RoomsPage /> : <NoAccessPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
