import { describe, expect, it, vi } from 'vitest';
import { createUpdateFlow } from './updateFlow';

function setup(skipWaiting: () => Promise<void> = async () => undefined) {
  const reload = vi.fn();
  const skip = vi.fn(skipWaiting);
  const flow = createUpdateFlow({ skipWaiting: skip, reload });
  const seen: string[] = [];
  flow.subscribe(() => seen.push(flow.getState()));
  return { flow, reload, skip, seen };
}

describe('update flow', () => {
  it('shows nothing until a new version waits, and reloads nothing by itself', () => {
    const { flow, reload, skip } = setup();
    expect(flow.getState()).toBe('none');
    flow.apply();
    expect(skip).not.toHaveBeenCalled();
    flow.onNeedRefresh();
    expect(flow.getState()).toBe('ready');
    expect(reload).not.toHaveBeenCalled();
  });

  it('"Reload to update" tells the waiting worker to take over, then reloads once when it has', () => {
    const { flow, reload, skip, seen } = setup();
    flow.onNeedRefresh();
    flow.apply();
    flow.apply();
    expect(skip).toHaveBeenCalledTimes(1);
    expect(flow.getState()).toBe('applying');
    expect(reload).not.toHaveBeenCalled();
    flow.onNeedReload();
    flow.onNeedReload();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['ready', 'applying']);
  });

  it('a tab whose user did not ask is told the new version is active and reloads only when asked', () => {
    const { flow, reload, skip } = setup();
    flow.onNeedRefresh();
    flow.onNeedReload();
    expect(flow.getState()).toBe('activated');
    expect(reload).not.toHaveBeenCalled();
    flow.apply();
    expect(skip).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers the update again when telling the worker failed', async () => {
    const { flow, reload } = setup(async () => {
      throw new Error('gone');
    });
    flow.onNeedRefresh();
    flow.apply();
    await vi.waitFor(() => expect(flow.getState()).toBe('ready'));
    flow.onNeedReload();
    expect(reload).not.toHaveBeenCalled();
  });

  it('"Not now" hides the notice; a later waiting worker shows it again', () => {
    const { flow } = setup();
    flow.onNeedRefresh();
    flow.dismiss();
    expect(flow.getState()).toBe('none');
    flow.onNeedRefresh();
    expect(flow.getState()).toBe('ready');
  });
});
