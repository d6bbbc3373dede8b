import { Box, CircularProgress, LinearProgress } from '@mui/material';

/** While the app starts: a quiet spinner, no text to flash in the wrong language. */
export function LoadingScreen() {
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }} role="progressbar" aria-busy="true">
      <CircularProgress />
    </Box>
  );
}

/** While an area's page loads inside the shell. */
export function PageLoading() {
  return <LinearProgress sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} aria-busy="true" />;
}
