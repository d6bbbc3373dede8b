import { Component, type ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import i18next from 'i18next';
import { ApiError } from '../api/client';

interface State {
  error: unknown;
}

/** The last resort: something failed to load or render. Say it plainly and offer to try again; drafts survive a reload. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const e = this.state.error;
    const network = e instanceof ApiError && e.code === 'network';
    return (
      <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
        <Alert
          severity="error"
          sx={{ maxWidth: 560 }}
          action={<Button onClick={() => window.location.reload()}>{i18next.t('actions.retry')}</Button>}
        >
          <AlertTitle>{i18next.t(network ? 'errors.networkTitle' : 'errors.crashTitle')}</AlertTitle>
          {i18next.t(network ? 'errors.network' : 'errors.crashText')}
        </Alert>
      </Box>
    );
  }
}
