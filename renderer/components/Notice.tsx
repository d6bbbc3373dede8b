import { createContext, useContext, useState, type ReactNode } from 'react';
import { Alert, Snackbar } from '@mui/material';

const NoticeContext = createContext<(text: string) => void>(() => undefined);

/**
 * One confirmation line for a whole area ("Saved."), so it survives the page moving on after a save.
 * An area wraps its pages in the provider; a page calls `useNotice()(text)`.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <NoticeContext.Provider value={setNotice}>
      {children}
      <Snackbar
        open={!!notice}
        autoHideDuration={5000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      </Snackbar>
    </NoticeContext.Provider>
  );
}

export const useNotice = () => useContext(NoticeContext);
