import { EventEmitter } from 'node:events';
import { rm } from 'node:fs/promises';
import type { Bonjour } from 'bonjour-service';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLanHosting } from '../../src/main/lan/hosting';
import { waitForCallback } from '../../src/main/lan/waitForCallback';
import { createLogger } from '../../src/relay/logger';
import { provider, startTestRelay, tempDir, waitFor, whenSynced } from '../fixtures/relay/helpers';

// Quitting never waits forever on an mDNS stop callback (issue 14 item 8).

describe('waitForCallback', () => {
  afterEach(() => void vi.useRealTimers());

  it('gives up on a callback that never comes, says so, and ends the wait', async () => {
    vi.useFakeTimers();
    const onTimeout = vi.fn();
    let outcome: string | undefined;
    void waitForCallback(() => undefined, { timeoutMs: 2000, onTimeout }).then((o) => (outcome = o));
    await vi.advanceTimersByTimeAsync(1999);
    expect(outcome).toBeUndefined();
    expect(onTimeout).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toBe('timed-out');
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers done when the callback comes in time, and a late second call changes nothing', async () => {
    vi.useFakeTimers();
    const onTimeout = vi.fn();
    let done: () => void = () => undefined;
    const wait = waitForCallback((callback) => (done = callback), { timeoutMs: 2000, onTimeout });
    await vi.advanceTimersByTimeAsync(500);
    done();
    expect(await wait).toBe('done');
    // Its bound is cleared: nothing fires later.
    expect(vi.getTimerCount()).toBe(0);
    done();
    await vi.advanceTimersByTimeAsync(5000);
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('treats a stop that throws as failed, reported, not as an exception', async () => {
    vi.useFakeTimers();
    const onError = vi.fn();
    const outcome = await waitForCallback(
      () => {
        throw new Error('Not running');
      },
      { timeoutMs: 2000, onError },
    );
    expect(outcome).toBe('failed');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'Not running' }));
    expect(vi.getTimerCount()).toBe(0);
  });
});

/** An mDNS responder whose unpublish and destroy never call back (a dead socket, a vanished network). */
function silentBonjour() {
  const calls: string[] = [];
  const bonjour = {
    publish(config: { name: string }) {
      const service = Object.assign(new EventEmitter(), { name: config.name, stop: (_callback: () => void) => void calls.push('stop') });
      calls.push('publish');
      return service;
    },
    destroy: (_callback: () => void) => void calls.push('destroy'),
  };
  return { bonjour: bonjour as unknown as Bonjour, calls };
}

describe('LAN hosting dispose (app quit)', () => {
  let dataDir: string | undefined;
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    dataDir = undefined;
  });

  it('ends when mDNS never calls back, logs it, and the relay still flushes the docs joiners wrote', async () => {
    dataDir = tempDir('rapport-lan-quit-');
    const lines: Array<{ event: string; step?: string; timeoutMs?: number }> = [];
    const logger = createLogger('debug', (line) => lines.push(JSON.parse(line)));
    const { bonjour, calls } = silentBonjour();
    const hosting = createLanHosting({ dataDir, createBonjour: () => bonjour, bindHost: '127.0.0.1', port: 0, probe: false, logger, mdnsStopTimeoutMs: 50 });
    const info = await hosting.start({ workspaceId: 'wsA', token: 'secret-token-A', workspaceName: 'Acme' });

    // A joiner writes to the workspace doc.
    const doc = new Y.Doc();
    const joiner = provider(info, 'wsA', 'workspace', doc, 'secret-token-A');
    await whenSynced(joiner);
    doc.getMap('cards').set('c-1', 'Ann Example');
    // A second joiner seeing it proves the relay holds the update (in memory, not yet necessarily on disk).
    const watcherDoc = new Y.Doc();
    const watcher = provider(info, 'wsA', 'workspace', watcherDoc, 'secret-token-A');
    await waitFor(() => watcherDoc.getMap('cards').get('c-1') === 'Ann Example', 'the relay to pass the update on');

    await hosting.dispose();
    joiner.destroy();
    watcher.destroy();

    expect(calls).toEqual(['publish', 'stop', 'destroy']);
    const timeouts = lines.filter((line) => line.event === 'lan.mdns_stop_timeout');
    expect(timeouts.map((line) => [line.step, line.timeoutMs])).toEqual([
      ['unpublish', 50],
      ['destroy', 50],
    ]);
    // The relay's graceful close ran after the bounded unpublish.
    const events = lines.map((line) => line.event);
    expect(events.indexOf('relay.stopped')).toBeGreaterThan(events.indexOf('relay.stopping'));
    expect(events.indexOf('relay.stopping')).toBeGreaterThan(events.findIndex((e) => e === 'lan.mdns_stop_timeout'));
    expect(hosting.status()).toEqual({ hosting: false });

    // What the joiner wrote is on disk: a fresh relay on the same folder serves it.
    const again = await startTestRelay(dataDir);
    try {
      const reader = new Y.Doc();
      const readerProvider = provider(again, 'wsA', 'workspace', reader);
      await whenSynced(readerProvider);
      await waitFor(() => reader.getMap('cards').get('c-1') === 'Ann Example', 'the flushed doc');
      readerProvider.destroy();
    } finally {
      await again.close();
    }
  });
});
