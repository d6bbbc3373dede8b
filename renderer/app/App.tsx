import { lazy, Suspense, useMemo, useState } from 'react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { theme } from './theme';
import { createQueryClient, useApiQuery } from '../api/hooks';
import { SessionProvider, useSession } from './session';
import { AppErrorBoundary } from './AppErrorBoundary';
import { LoadingScreen } from '../components/LoadingScreen';
import { SignInPage } from '../features/auth/SignInPage';
import { createAppRouter } from './router';

const SetupWizard = lazy(() => import('../features/setup/SetupWizard'));
const DamagedScreen = lazy(() => import('../features/trust/DamagedScreen'));

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={client}>
        <AppErrorBoundary>
          <Suspense fallback={<LoadingScreen />}>
            <SessionProvider>
              <Gate />
            </SessionProvider>
          </Suspense>
        </AppErrorBoundary>
      </QueryClientProvider>
    </ThemeProvider>
  );
}

/** First run → the wizard; no session → sign-in; otherwise the app itself. */
function Gate() {
  const status = useApiQuery('setup.status', {}, { staleTime: Infinity });
  // A damaged database is found at start or at the first sign-in (which refetches this).
  const recovery = useApiQuery('recovery.status', {}, { staleTime: Infinity });
  const { user, loading } = useSession();
  const userId = user?.id;
  const router = useMemo(() => (userId === undefined ? null : createAppRouter()), [userId]);
  if (status.isError) throw status.error;
  if (status.isPending || loading || recovery.isPending) return <LoadingScreen />;
  if (recovery.data?.damaged) return <DamagedScreen damage={recovery.data.damaged} />;
  if (!status.data.initialized) return <SetupWizard />;
  if (!user || !router) return <SignInPage facility={status.data.facility} />;
  return <RouterProvider router={router} />;
}
