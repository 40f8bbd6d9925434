import { useEffect, useState } from 'react';
import { CustomerPage } from '../app/lazyViews';
import { lazyPart } from '../ui/lazyPart';
import { whenIdle } from '../ui/whenIdle';

/** The warm-up needs the notebook editor: its own chunk, fetched only once the list is on screen. */
const WarmUp = lazyPart('The customer page warm-up', () => import('./CustomerPageWarmUp').then((m) => m.CustomerPageWarmUp), { silent: true });

/**
 * Once the list is on screen: fetches the customer page's chunks (so the first
 * open waits for no script), then, when the browser is idle, runs the warm-up
 * (CustomerPageWarmUp.tsx). Nothing of either is in the list's first load (issue 15).
 */
export function CustomerPageWarmUpWhenIdle() {
  const [idle, setIdle] = useState(false);
  // The page's script as soon as the list is up (fetched and streamed to the compiler off the
  // main thread while the list settles), so even a click right away seldom waits for script.
  useEffect(() => {
    const timer = setTimeout(() => void CustomerPage.preload(), 0);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => whenIdle(() => setIdle(true), 2000, 200), []);
  return idle ? <WarmUp /> : null;
}
