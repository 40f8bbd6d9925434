import { z } from 'zod';

/** A BCP 47 locale tag Intl accepts ("de-CH", "en-GB"). */
export const localeTagSchema = z
  .string()
  .max(100)
  .refine((tag) => canonicalLocale(tag) !== null, 'expected a locale such as en-GB or de-DE');

/** The canonical spelling of a locale tag, or null when Intl refuses it. */
export function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The locale this device formats with (the browser's or the OS's). */
export function deviceLocale(): string {
  return new Intl.NumberFormat().resolvedOptions().locale;
}

/** The locales offered in Settings (any valid tag stored by a peer is also shown). */
export const OFFERED_LOCALES = [
  'en-US',
  'en-GB',
  'en-IE',
  'en-CA',
  'en-AU',
  'en-IN',
  'de-DE',
  'de-AT',
  'de-CH',
  'fr-FR',
  'fr-BE',
  'fr-CA',
  'fr-CH',
  'it-IT',
  'es-ES',
  'es-MX',
  'pt-PT',
  'pt-BR',
  'nl-NL',
  'nl-BE',
  'sv-SE',
  'nb-NO',
  'da-DK',
  'fi-FI',
  'pl-PL',
  'cs-CZ',
  'ja-JP',
  'zh-CN',
  'ko-KR',
] as const;
