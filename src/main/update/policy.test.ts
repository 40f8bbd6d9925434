import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decideStart, decideUpdate, defaultChannelFor, restartPrompt, updateFeedFrom } from './policy';
import { updateStateFile } from './stateFile';

describe('which version is taken', () => {
  it.each([
    ['1.2.0', '1.3.0', 'latest', { accept: true }],
    ['1.2.0', '1.2.1', 'beta', { accept: true }],
    ['1.2.0', '1.3.0-beta.1', 'beta', { accept: true }],
    ['1.3.0-beta.1', '1.3.0-beta.2', 'beta', { accept: true }],
    ['1.3.0-beta.2', '1.3.0', 'beta', { accept: true }],
    ['1.3.0-beta.2', '1.3.0', 'latest', { accept: true }],
    ['1.2.0', '1.3.0-beta.1', 'latest', { accept: false, reason: 'prerelease-on-stable' }],
    ['1.2.0', '1.2.0', 'latest', { accept: false, reason: 'not-newer' }],
    ['1.2.0', '1.2.0+build.7', 'latest', { accept: false, reason: 'not-newer' }],
    ['1.2.0', '1.1.9', 'beta', { accept: false, reason: 'not-newer' }],
    ['1.3.0', '1.3.0-beta.9', 'beta', { accept: false, reason: 'not-newer' }],
    ['1.2.0', 'v1.3.0', 'latest', { accept: false, reason: 'not-semver' }],
    ['1.2.0', '1.3', 'latest', { accept: false, reason: 'not-semver' }],
    ['1.2.0', '', 'latest', { accept: false, reason: 'not-semver' }],
  ] as const)('running %s, offered %s on %s', (current, offered, channel, decision) => {
    expect(decideUpdate({ current, offered, channel })).toEqual(decision);
  });

  it('starts a beta build on the beta channel and a release on latest', () => {
    expect(defaultChannelFor('2.0.0-beta.3')).toBe('beta');
    expect(defaultChannelFor('2.0.0')).toBe('latest');
    expect(defaultChannelFor('not a version')).toBe('latest');
  });
});

describe('the feed the build configured', () => {
  it.each([
    [{ provider: 'generic', url: 'https://updates.example.com/rapport' }, { url: 'https://updates.example.com/rapport' }],
    [{ provider: 'generic', url: 'http://127.0.0.1:4501/updates', updaterCacheDirName: 'x' }, { url: 'http://127.0.0.1:4501/updates' }],
    [{ provider: 'generic', url: 'https://updates.rapport.invalid/desktop' }, { url: null, reason: 'placeholder' }],
    [{ provider: 'generic', url: 'http://updates.example.com/rapport' }, { url: null, reason: 'insecure' }],
    [{ provider: 'generic', url: 'file:///tmp/feed' }, { url: null, reason: 'not-generic' }],
    [{ provider: 'github', owner: 'x', repo: 'y' }, { url: null, reason: 'not-generic' }],
    ['provider: generic', { url: null, reason: 'not-generic' }],
    [null, { url: null, reason: 'no-config' }],
  ])('%j', (config, feed) => {
    expect(updateFeedFrom(config)).toEqual(feed);
  });

  it('the placeholder in electron-builder.yml is the one the app refuses', () => {
    const yml = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    const url = /^\s+url: (\S+)$/m.exec(yml)?.[1];
    expect(updateFeedFrom({ provider: 'generic', url })).toEqual({ url: null, reason: 'placeholder' });
  });
});

describe('whether a session checks', () => {
  const feed = { url: 'https://updates.example.com/rapport' };
  it.each([
    [{ isPackaged: true, feed, firstRun: false }, { check: true }],
    [{ isPackaged: true, feed, firstRun: true }, { check: false, reason: 'first-run' }],
    [{ isPackaged: false, feed, firstRun: false }, { check: false, reason: 'not-packaged' }],
    [{ isPackaged: true, feed: { url: null, reason: 'placeholder' } as const, firstRun: false }, { check: false, reason: 'placeholder' }],
  ])('%j', (options, decision) => {
    expect(decideStart(options)).toEqual(decision);
  });

  it('asks with restart as the default and later as the escape', () => {
    const prompt = restartPrompt({ productName: 'Rapport', version: '1.3.0' });
    expect(prompt.buttons[prompt.defaultId]).toBe('Restart now');
    expect(prompt.buttons[prompt.cancelId]).toBe('Later');
    expect(prompt.message).toBe('Rapport 1.3.0 is ready to install');
  });
});

describe('the update state file', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'rapport-update-state-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('marks only the run that created it as the first', async () => {
    const path = join(scratch, 'fresh.json');
    const store = updateStateFile(path, '1.2.0');
    expect(await store.load()).toEqual({ firstRun: true, state: { channel: 'latest', installedVersion: '1.2.0', promptedVersion: null } });
    expect((await store.load()).firstRun).toBe(false);
    expect((await updateStateFile(path, '1.3.0').load()).state.installedVersion).toBe('1.2.0');
  });

  it('keeps the chosen channel across runs', async () => {
    const path = join(scratch, 'channel.json');
    const store = updateStateFile(path, '1.2.0');
    const { state } = await store.load();
    await store.save({ ...state, channel: 'beta' });
    expect((await updateStateFile(path, '1.2.0').load()).state.channel).toBe('beta');
  });

  it.each([
    ['not JSON', '{oops'],
    ['an unknown channel', JSON.stringify({ channel: 'nightly', installedVersion: '1.0.0', promptedVersion: null })],
  ])('reads %s as defaults, not as a new install', async (_name, text) => {
    const path = join(scratch, `bad-${_name.length}.json`);
    writeFileSync(path, text);
    expect(await updateStateFile(path, '2.0.0-beta.1').load()).toEqual({ firstRun: false, state: { channel: 'beta', installedVersion: '2.0.0-beta.1', promptedVersion: null } });
  });
});
