import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './theme/tokens.css';
import './styles.css';
import { applyTheme, followThemeElsewhere, readTheme } from './theme/themePreference';
import { z } from 'zod';
import { installFocusReturn } from './ui/focusReturn';

// The CSP forbids eval: tell zod not to try compiling parsers with it.
z.config({ jitless: true });

// Before the first render, so a pinned theme never flashes the other one.
applyTheme(readTheme());
followThemeElsewhere();
// Every dialog gives focus back to what opened it when it closes (ui/focusReturn.ts).
installFocusReturn();
performance.mark('rapport:bundle-parsed');
// Benchmark hooks exist only in `--mode bench` builds; production builds drop this branch.
if (import.meta.env.MODE === 'bench') void import('./bench/benchHooks');
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
