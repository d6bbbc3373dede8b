import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import './styles.css';
import { initI18n } from './i18n/index';
import { App } from './app/App';

// The host puts a fresh nonce into this meta tag on every page load; the CSP allows only
// <style> tags that carry it, so MUI's Emotion styles must be created with it.
function cspNonce(): string | undefined {
  const value = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? '';
  return value && value !== '__CSP_NONCE__' ? value : undefined;
}

const cache = createCache({ key: 'css', nonce: cspNonce(), prepend: true });
initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={cache}>
      <App />
    </CacheProvider>
  </StrictMode>,
);
