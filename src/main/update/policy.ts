import { z } from 'zod';
import { compareVersions, isPrerelease, parseVersion } from './version';

/**
 * When Rapport looks for, takes and installs an update. Plain Node: the Electron side
 * (src/main/electron/autoUpdate.ts) only carries these decisions out with electron-updater.
 */
export const UPDATE_CHANNELS = ['latest', 'beta'] as const;
export type UpdateChannel = (typeof UPDATE_CHANNELS)[number];
export const updateChannelSchema = z.enum(UPDATE_CHANNELS);

/** The channel a version starts on: a beta build follows beta builds until the user says otherwise. */
export function defaultChannelFor(appVersion: string): UpdateChannel {
  const version = parseVersion(appVersion);
  return version && isPrerelease(version) ? 'beta' : 'latest';
}

export type UpdateDecision = { accept: true } | { accept: false; reason: 'not-semver' | 'not-newer' | 'prerelease-on-stable' };

/**
 * Only a strictly newer version by semver precedence, and a pre-release only on the beta channel.
 * electron-updater alone would also take a downgrade whenever the channel is set, and any
 * pre-release a misconfigured latest*.yml names.
 */
export function decideUpdate(options: { current: string; offered: string; channel: UpdateChannel }): UpdateDecision {
  const current = parseVersion(options.current);
  const offered = parseVersion(options.offered);
  if (!current || !offered) return { accept: false, reason: 'not-semver' };
  if (compareVersions(offered, current) <= 0) return { accept: false, reason: 'not-newer' };
  if (isPrerelease(offered) && options.channel !== 'beta') return { accept: false, reason: 'prerelease-on-stable' };
  return { accept: true };
}

/** app-update.yml as electron-builder writes it from `publish` (only the generic provider is used). */
const appUpdateConfigSchema = z.object({
  provider: z.literal('generic'),
  url: z.url({ protocol: /^https?$/ }),
});

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type NoFeedReason = 'no-config' | 'not-generic' | 'placeholder' | 'insecure';
export type UpdateFeed = { url: string } | { url: null; reason: NoFeedReason };

/**
 * The feed to check, from the config the build wrote. None for a missing or foreign config, for
 * the placeholder host on the reserved .invalid domain (electron-builder.yml ships one until the
 * team sets theirs), and for plain http anywhere but loopback (a local test server).
 */
export function updateFeedFrom(config: unknown): UpdateFeed {
  if (config == null) return { url: null, reason: 'no-config' };
  const parsed = appUpdateConfigSchema.safeParse(config);
  if (!parsed.success) return { url: null, reason: 'not-generic' };
  const url = new URL(parsed.data.url);
  if (url.hostname === 'invalid' || url.hostname.endsWith('.invalid')) return { url: null, reason: 'placeholder' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return { url: null, reason: 'insecure' };
  return { url: url.href };
}

/** First look a while after start (the window and the workspace come first), then every few hours. */
export const UPDATE_SCHEDULE = { firstCheckDelayMs: 60_000, intervalMs: 4 * 60 * 60_000 } as const;

export type StartDecision = { check: true } | { check: false; reason: 'not-packaged' | 'first-run' | NoFeedReason };

/** Whether this session checks at all: never unpackaged, never without a feed, never on an install's first run. */
export function decideStart(options: { isPackaged: boolean; feed: UpdateFeed; firstRun: boolean }): StartDecision {
  if (!options.isPackaged) return { check: false, reason: 'not-packaged' };
  if (options.feed.url === null) return { check: false, reason: options.feed.reason };
  // A new install is the newest build the user just chose; the first update can wait for the next start.
  if (options.firstRun) return { check: false, reason: 'first-run' };
  return { check: true };
}

/** The question asked once an update is downloaded. "Later" installs it when the app quits. */
export function restartPrompt(options: { productName: string; version: string }) {
  return {
    type: 'info' as const,
    title: 'Update ready',
    message: `${options.productName} ${options.version} is ready to install`,
    detail: `Restart now to use it, or keep working: it installs when you quit ${options.productName}.`,
    buttons: ['Restart now', 'Later'],
    defaultId: 0,
    cancelId: 1,
  };
}
