import { z } from 'zod';
import { desktopBridge } from '../../shared/ipc/bridge';

/** What the browser says about this origin's storage; null where it cannot say. */
export interface StorageStatus {
  usage: number | null;
  /** True: kept until the user clears it; false: best effort (may be evicted). */
  persisted: boolean | null;
  /** Whether asking for persistence is possible here (the web build with the API). */
  canAsk: boolean;
}

/** The slice of StorageManager used here, so tests can hand in their own. */
export type StorageApi = Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>;

const estimateSchema = z.object({ usage: z.number().nonnegative().optional() });

function storageApi(): StorageApi | undefined {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.estimate === 'function' ? navigator.storage : undefined;
}

export async function readStorageStatus(api: StorageApi | undefined = storageApi(), desktop = desktopBridge() !== undefined): Promise<StorageStatus> {
  if (!api) return { usage: null, persisted: null, canAsk: false };
  const [estimate, persisted] = await Promise.all([
    api.estimate().then((value) => estimateSchema.safeParse(value)),
    typeof api.persisted === 'function' ? api.persisted().then((value) => z.boolean().safeParse(value)) : undefined,
  ]);
  return {
    usage: estimate.success ? (estimate.data.usage ?? null) : null,
    persisted: persisted?.success ? persisted.data : null,
    // The desktop app's permission handler grants nothing it does not list
    // (src/main/security/permissions.ts), so asking there would only ever be refused.
    canAsk: !desktop && typeof api.persist === 'function',
  };
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** 12400000 -> "12.4 MB" (decimal units, as disks and browsers count them). */
export function formatBytes(bytes: number, locale?: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  // "12 bytes", not "12 byte"; "12.4 MB" for the rest.
  const display = unit === 0 ? 'long' : 'short';
  return new Intl.NumberFormat(locale, { style: 'unit', unit: UNITS[unit], unitDisplay: display, maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** The Settings line: how much is stored and whether it is safe from eviction, in words. */
export function describeStorage(status: StorageStatus, options: { desktop: boolean; locale?: string }): string {
  if (status.usage === null) return 'This browser does not say how much Rapport stores.';
  const used = `${formatBytes(status.usage, options.locale)} used`;
  if (status.persisted === null) return used;
  if (options.desktop) return status.persisted ? `${used} · kept on this device` : `${used} · may be cleared when the disk runs low on space`;
  return status.persisted ? `${used} · kept by the browser unless you clear site data` : `${used} · may be cleared by the browser when space runs low`;
}
