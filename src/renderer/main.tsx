import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';
import { z } from 'zod';

// The CSP forbids eval: tell zod not to try compiling parsers with it.
z.config({ jitless: true });

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
