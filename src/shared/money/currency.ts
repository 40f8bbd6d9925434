import { z } from 'zod';

/**
 * ISO 4217 currencies as the platform's Intl knows them. Minor-unit digits come
 * from Intl (JPY 0, EUR 2, KWD 3), never from a table of our own, so they match
 * what every formatter in the app shows.
 */

/** A well-formed ISO 4217 code. Any three capital letters are kept (a newer peer may know more codes). */
export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as EUR');
export type CurrencyCode = z.infer<typeof currencyCodeSchema>;

let supported: readonly string[] | null = null;

/** Every currency this platform can name and format, sorted by code. */
export function supportedCurrencies(): readonly string[] {
  supported ??= Intl.supportedValuesOf('currency');
  return supported;
}

export function isSupportedCurrency(code: string): boolean {
  return supportedCurrencies().includes(code);
}

const digitsCache = new Map<string, number>();

/** Digits after the decimal separator in this currency's minor unit (cents: 2). */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** "Euro", "Swedish Krona": the currency's name in `locale`, or its code when the platform has none. */
export function currencyName(currency: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}
