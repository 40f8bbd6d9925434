import { z } from 'zod';
import { currencyCodeSchema, minorDigits } from './currency';

/**
 * An amount of money: an integer count of the currency's minor unit (cents for
 * EUR, yen for JPY, fils for KWD) and its ISO 4217 code. Integers, so sums are
 * exact and nothing is rounded on the way to or from storage.
 */
export interface Money {
  minor: number;
  currency: string;
}

export const moneySchema = z.object({
  minor: z.number().int().refine(Number.isSafeInteger, 'amount too large'),
  currency: currencyCodeSchema,
});

/** The exact decimal text of an amount in major units ("-13250.50"), no grouping, no symbol. */
export function toDecimalString(money: Money): string {
  const digits = minorDigits(money.currency);
  const negative = money.minor < 0;
  const text = String(Math.abs(money.minor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return negative ? `-${whole}` : whole;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function moneyFormatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  return f;
}

/** "€13,250.50" (en-US), "13.250,50 €" (de-DE): Intl in the workspace locale, every minor digit shown. */
export function formatMoney(money: Money, locale: string): string {
  // Intl formats a decimal string exactly (NumberFormat v3, every supported engine), so
  // amounts beyond 2^53 / 100 major units are not rounded through a float.
  return moneyFormatter(locale, money.currency).format(toDecimalString(money) as unknown as number);
}

/** Sum of amounts in one currency; amounts in other currencies are left out and counted. */
export function sumIn(currency: string, amounts: Iterable<Money | null>): { minor: number; otherCurrencies: number } {
  let minor = 0;
  let otherCurrencies = 0;
  for (const amount of amounts) {
    if (!amount) continue;
    if (amount.currency === currency) minor += amount.minor;
    else otherCurrencies++;
  }
  return { minor, otherCurrencies };
}

/**
 * An amount stored by earlier versions: a plain number of major units, always
 * shown as euros by them. Read losslessly (13.5 -> 1350 cents); a number that has
 * more decimals than the currency's minor unit (13.555, 0.1 + 0.2) is not an
 * amount we can represent and is reported, never rounded.
 */
export function moneyFromLegacy(value: number, currency: string): Money | null {
  if (!Number.isFinite(value)) return null;
  // The shortest text that round-trips this double: what the user typed, for any number typed.
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const digits = minorDigits(currency);
  const fraction = m[3] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(`${m[1]}${m[2]}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) return null;
  return { minor: minor === 0 ? 0 : minor, currency };
}
