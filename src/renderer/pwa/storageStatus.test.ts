import { describe, expect, it, vi } from 'vitest';
import { describeStorage, formatBytes, readStorageStatus, type StorageApi } from './storageStatus';
import { askPersistentStorageOnce } from './persistentStorage';

function fakeApi(state: { usage?: unknown; persisted: boolean; grant?: boolean }) {
  const persist = vi.fn(async () => {
    if (state.grant) state.persisted = true;
    return state.grant ?? false;
  });
  const api = {
    estimate: async () => ({ usage: state.usage, quota: 1e10 }) as StorageEstimate,
    persisted: async () => state.persisted,
    persist,
  } satisfies StorageApi;
  return { api, persist };
}

function fakeMeta() {
  const settings = new Map<string, unknown>();
  return { getSetting: async (key: string) => settings.get(key), setSetting: async (key: string, value: unknown) => void settings.set(key, value), settings };
}

describe('storage figures in words', () => {
  it('formats bytes in decimal units', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(999, 'en')).toBe('999 bytes');
    expect(formatBytes(12_400_000, 'en')).toBe('12.4 MB');
    expect(formatBytes(1_536, 'en')).toBe('1.5 kB');
    expect(formatBytes(3.2e9, 'en')).toBe('3.2 GB');
  });

  it('says whether the browser keeps the data', () => {
    expect(describeStorage({ usage: 12_400_000, persisted: true, canAsk: true }, { desktop: false, locale: 'en' })).toBe('12.4 MB used · kept by the browser unless you clear site data');
    expect(describeStorage({ usage: 12_400_000, persisted: false, canAsk: true }, { desktop: false, locale: 'en' })).toBe('12.4 MB used · may be cleared by the browser when space runs low');
    expect(describeStorage({ usage: 2_000, persisted: null, canAsk: false }, { desktop: false, locale: 'en' })).toBe('2 kB used');
    expect(describeStorage({ usage: null, persisted: null, canAsk: false }, { desktop: false })).toMatch(/does not say/);
  });

  it('does not speak of a browser in the desktop app', () => {
    expect(describeStorage({ usage: 5e6, persisted: false, canAsk: false }, { desktop: true, locale: 'en' })).toBe('5 MB used · may be cleared when the disk runs low on space');
    expect(describeStorage({ usage: 5e6, persisted: true, canAsk: false }, { desktop: true, locale: 'en' })).toBe('5 MB used · kept on this device');
  });

  it('reads the estimate through a schema: a nonsense figure is shown as unknown', async () => {
    expect(await readStorageStatus(fakeApi({ usage: 42, persisted: false }).api, false)).toEqual({ usage: 42, persisted: false, canAsk: true });
    expect((await readStorageStatus(fakeApi({ usage: -1, persisted: true }).api, false)).usage).toBeNull();
    expect((await readStorageStatus(fakeApi({ usage: '7', persisted: true }).api, false)).usage).toBeNull();
    expect(await readStorageStatus(undefined, false)).toEqual({ usage: null, persisted: null, canAsk: false });
    expect((await readStorageStatus(fakeApi({ usage: 1, persisted: false }).api, true)).canAsk).toBe(false);
  });
});

describe('asking for persistent storage', () => {
  it('asks once per device: a refusal is not asked again', async () => {
    const meta = fakeMeta();
    const { api, persist } = fakeApi({ usage: 1, persisted: false, grant: false });
    expect(await askPersistentStorageOnce(meta, api)).toBe(false);
    expect(await askPersistentStorageOnce(meta, api)).toBe(false);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(meta.settings.get('storagePersistenceAsked')).toBe(true);
  });

  it('does not ask when the data is already kept', async () => {
    const { api, persist } = fakeApi({ usage: 1, persisted: true });
    expect(await askPersistentStorageOnce(fakeMeta(), api)).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('never fails the workspace open it runs beside', async () => {
    const { api } = fakeApi({ usage: 1, persisted: false });
    const broken = { getSetting: async () => Promise.reject(new Error('IndexedDB closed')), setSetting: async () => undefined };
    expect(await askPersistentStorageOnce(broken, api)).toBeNull();
  });
});
