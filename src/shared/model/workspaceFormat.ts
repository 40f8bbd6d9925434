import type * as Y from 'yjs';
import type { z } from 'zod';
import { settingsMap } from './workspaceDoc';
import { LEGACY_CURRENCY } from './schemas';
import { parseField, type InvalidField } from './validation';
import { currencyCodeSchema } from '../money/currency';
import { canonicalLocale, deviceLocale, localeTagSchema } from '../money/locale';
import { defaultCurrencyFor } from '../money/regionCurrency';

/**
 * How a workspace shows money and dates, shared by the team (workspace doc,
 * settings map): `currency` (ISO 4217) and `numberLocale` (BCP 47), which sets
 * number and date formatting alike, so the app, the story and exports agree.
 *
 * A new workspace takes both from the creating device's locale. A workspace of an
 * earlier version has neither: its currency is the euro it always showed, its
 * locale the viewing device's. An invalid stored value (another version, a hostile
 * peer) is shown as invalid in Settings, left in the doc, and the default is used.
 */
export const SETTING_CURRENCY = 'currency';
export const SETTING_NUMBER_LOCALE = 'numberLocale';

export interface WorkspaceFormat {
  currency: string;
  locale: string;
}

export const workspaceFormatSchemas = {
  [SETTING_CURRENCY]: currencyCodeSchema,
  [SETTING_NUMBER_LOCALE]: localeTagSchema,
} as const;

/** What a workspace created on this device starts with. */
export function initialWorkspaceFormat(locale = deviceLocale()): WorkspaceFormat {
  return { currency: defaultCurrencyFor(locale), locale: canonicalLocale(locale) ?? 'en-US' };
}

export function readWorkspaceFormat(doc: Y.Doc, fallbackLocale = deviceLocale()): { format: WorkspaceFormat; invalid: InvalidField[] } {
  const settings = settingsMap(doc);
  const invalid: InvalidField[] = [];
  const read = (key: keyof typeof workspaceFormatSchemas, fallback: string): string => {
    const raw = settings.get(key);
    if (raw === undefined) return fallback;
    const parsed = parseField(key, workspaceFormatSchemas[key] as z.ZodType<string>, raw);
    if (parsed.ok) return parsed.value;
    invalid.push(parsed.invalid);
    return fallback;
  };
  return {
    format: { currency: read(SETTING_CURRENCY, LEGACY_CURRENCY), locale: read(SETTING_NUMBER_LOCALE, canonicalLocale(fallbackLocale) ?? 'en-US') },
    invalid,
  };
}

/** Stores a format setting (throws on an invalid value: the UI offers only valid ones). */
export function setWorkspaceFormat(doc: Y.Doc, patch: Partial<WorkspaceFormat>, origin?: unknown): void {
  const currency = patch.currency === undefined ? undefined : currencyCodeSchema.parse(patch.currency);
  const locale = patch.locale === undefined ? undefined : localeTagSchema.parse(patch.locale);
  doc.transact(() => {
    if (currency !== undefined) settingsMap(doc).set(SETTING_CURRENCY, currency);
    if (locale !== undefined) settingsMap(doc).set(SETTING_NUMBER_LOCALE, canonicalLocale(locale) ?? locale);
  }, origin);
}
