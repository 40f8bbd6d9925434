import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmount } from './parseAmount';
import { formatMoney, toDecimalString, type Money } from './money';
import { minorDigits } from './currency';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'sv-SE', 'es-ES', 'nl-NL', 'pt-BR', 'de-CH', 'ja-JP', 'en-IN', 'it-IT', 'pl-PL'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'KWD', 'CHF', 'SEK', 'BRL', 'INR'];

const parse = (text: string, locale: string, currency: string) => parseAmount(text, { locale, currency });
const minorOf = (text: string, locale: string, currency: string) => {
  const result = parse(text, locale, currency);
  return result.ok ? result.money.minor : result.message;
};

const locale = fc.constantFrom(...LOCALES);
const currency = fc.constantFrom(...CURRENCIES);
const minor = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -1e14, max: 1e14 }));
const money = fc.record({ minor, currency });

/** The locale's own separators, read from Intl like the parser does (they differ between ICU versions). */
function separators(l: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(l, { useGrouping: true }).formatToParts(1234567.5);
  return { decimal: parts.find((p) => p.type === 'decimal')!.value, group: parts.find((p) => p.type === 'group')!.value };
}

/** An amount written out by hand: digits, a grouping style, the locale's decimal separator, a symbol or code. */
function typed(m: Money, l: string, group: string, affix: 'none' | 'code-before' | 'code-after' | 'symbol-before', sign: '-' | '\u2212'): string {
  const [whole, fraction] = toDecimalString({ ...m, minor: Math.abs(m.minor) }).split('.');
  const grouped = group === '' ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const number = fraction === undefined ? grouped : `${grouped}${separators(l).decimal}${fraction}`;
  const symbol = new Intl.NumberFormat(l, { style: 'currency', currency: m.currency }).formatToParts(1).find((p) => p.type === 'currency')!.value;
  const signed = m.minor < 0 ? `${sign}${number}` : number;
  if (affix === 'code-before') return `${m.currency} ${signed}`;
  if (affix === 'code-after') return `${signed} ${m.currency.toLowerCase()}`;
  if (affix === 'symbol-before') return m.minor < 0 ? `${sign}${symbol}${number}` : `${symbol}${number}`;
  return signed;
}

describe('parseAmount: the forms people type', () => {
  it('reads the forms from the issue', () => {
    expect(minorOf('13,250', 'en-US', 'EUR')).toBe(1_325_000);
    expect(minorOf('13 250', 'en-US', 'EUR')).toBe(1_325_000);
    expect(minorOf('13\u00a0250', 'en-GB', 'GBP')).toBe(1_325_000);
    expect(minorOf('13\u202f250', 'fr-FR', 'EUR')).toBe(1_325_000);
    expect(minorOf('13250', 'en-US', 'USD')).toBe(1_325_000);
    expect(minorOf('€13,250.50', 'en-US', 'EUR')).toBe(1_325_050);
    expect(minorOf('13,250.50', 'en-US', 'USD')).toBe(1_325_050);
    expect(minorOf('13.250,50', 'de-DE', 'EUR')).toBe(1_325_050);
    expect(minorOf('13.250,50 €', 'de-DE', 'EUR')).toBe(1_325_050);
    expect(minorOf("1'234.50", 'de-CH', 'CHF')).toBe(123_450);
    expect(minorOf('1\u2019234.50', 'de-CH', 'CHF')).toBe(123_450);
    expect(minorOf('CHF 1’234.50', 'de-CH', 'CHF')).toBe(123_450);
    expect(minorOf('13 250 EUR', 'en-US', 'EUR')).toBe(1_325_000);
    expect(minorOf('eur 5', 'en-US', 'EUR')).toBe(500);
    expect(minorOf('-€13.50', 'en-US', 'EUR')).toBe(-1350);
    expect(minorOf('€-13.50', 'en-US', 'EUR')).toBe(-1350);
    expect(minorOf('\u221213,50 kr', 'sv-SE', 'SEK')).toBe(-1350);
    expect(minorOf('13,5', 'de-DE', 'EUR')).toBe(1350);
    expect(minorOf('13.5', 'fr-FR', 'EUR')).toBe(1350);
    expect(minorOf('１３，２５０', 'ja-JP', 'JPY')).toBe(13_250);
    expect(minorOf('￥13,250', 'ja-JP', 'JPY')).toBe(13_250);
    expect(minorOf('12,34,567.89', 'en-IN', 'INR')).toBe(123_456_789);
    expect(minorOf('1,250', 'de-DE', 'KWD')).toBe(1_250);
    expect(minorOf('1.234.567', 'en-US', 'EUR')).toBe(123_456_700);
    expect(minorOf('0', 'en-US', 'EUR')).toBe(0);
    expect(minorOf('-0', 'en-US', 'EUR')).toBe(0);
  });

  it('refuses ambiguous input and says how to type either reading', () => {
    expect(minorOf('13,250', 'de-DE', 'EUR')).toMatch(/ambiguous.*13250 \(or 13\.250\).*13,25 for the decimal/);
    expect(minorOf('1.250', 'en-US', 'EUR')).toMatch(/ambiguous.*1250 \(or 1,250\).*1\.25 for the decimal/);
    expect(minorOf('1.250', 'fr-FR', 'EUR')).toMatch(/ambiguous/);
    expect(minorOf('1,250', 'de-CH', 'CHF')).toMatch(/ambiguous/);
    expect(minorOf('1.250', 'sv-SE', 'SEK')).toMatch(/ambiguous/);
    expect(minorOf('1.255', 'en-US', 'EUR')).toMatch(/ambiguous.*at most 2 decimal places/);
  });

  it('refuses malformed input, too many decimals and other currencies', () => {
    expect(minorOf('13,5', 'en-US', 'USD')).toMatch(/separates thousands and must be followed by three digits/);
    expect(minorOf('13.5', 'de-DE', 'EUR')).toMatch(/separates thousands/);
    expect(minorOf('13.255', 'en-US', 'EUR')).toMatch(/at most 2 decimal places/);
    expect(minorOf('13.5', 'en-US', 'JPY')).toMatch(/no decimal places/);
    expect(minorOf('1.23456', 'en-US', 'KWD')).toMatch(/at most 3 decimal places/);
    expect(minorOf('$13', 'en-US', 'EUR')).toMatch(/not this workspace's currency: amounts are in EUR \(Euro\)/);
    expect(minorOf('13 kr', 'de-DE', 'EUR')).toMatch(/not this workspace's currency/);
    expect(minorOf('€13', 'en-US', 'USD')).toMatch(/not this workspace's currency/);
    expect(minorOf('13 apples', 'en-US', 'EUR')).toMatch(/not a currency symbol or code/);
    expect(minorOf('13a50', 'en-US', 'EUR')).toMatch(/cannot stand between digits/);
    expect(minorOf('1,23,4', 'en-US', 'EUR')).toMatch(/misplaced/);
    expect(minorOf('13 25', 'en-US', 'EUR')).toMatch(/misplaced/);
    expect(minorOf('1,234.5,6', 'en-US', 'EUR')).toMatch(/out of place/);
    expect(minorOf('13,,250', 'en-US', 'EUR')).toMatch(/two separators/);
    expect(minorOf('13.', 'en-US', 'EUR')).toMatch(/ends with a separator/);
    expect(minorOf('--5', 'en-US', 'EUR')).toMatch(/one minus sign/);
    expect(minorOf('€5 EUR', 'en-US', 'EUR')).toMatch(/currency once/);
    expect(minorOf('99999999999999999', 'en-US', 'EUR')).toMatch(/too large/);
    expect(minorOf('abc', 'en-US', 'EUR')).toMatch(/not an amount/);
    const empty = parse('  ', 'en-US', 'EUR');
    expect(empty.ok === false && empty.empty).toBe(true);
  });
});

describe('parseAmount: properties', () => {
  it('format -> parse round-trips in every supported locale and currency', () => {
    fc.assert(
      fc.property(money, locale, (m, l) => {
        const result = parse(formatMoney(m, l), l, m.currency);
        expect(result).toEqual({ ok: true, money: m });
      }),
      { numRuns: 800 },
    );
  });

  it('round-trips the code display and plain numbers with and without grouping', () => {
    fc.assert(
      fc.property(money, locale, fc.boolean(), (m, l, grouping) => {
        const digits = minorDigits(m.currency);
        const code = new Intl.NumberFormat(l, { style: 'currency', currency: m.currency, currencyDisplay: 'code' }).format(toDecimalString(m) as unknown as number);
        expect(parse(code, l, m.currency)).toEqual({ ok: true, money: m });
        const plain = new Intl.NumberFormat(l, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping }).format(
          toDecimalString(m) as unknown as number,
        );
        expect(parse(plain, l, m.currency)).toEqual({ ok: true, money: m });
      }),
      { numRuns: 400 },
    );
  });

  it('reads amounts typed by hand: any space as grouping, a code or symbol before or after, either minus', () => {
    fc.assert(
      fc.property(
        money,
        locale,
        fc.constantFrom('', ' ', '\u00a0', '\u202f', 'locale'),
        fc.constantFrom('none', 'code-before', 'code-after', 'symbol-before') as fc.Arbitrary<'none' | 'code-before' | 'code-after' | 'symbol-before'>,
        fc.constantFrom('-', '\u2212') as fc.Arbitrary<'-' | '\u2212'>,
        (m, l, group, affix, sign) => {
          const text = typed(m, l, group === 'locale' ? separators(l).group : group, affix, sign);
          expect(parse(text, l, m.currency), text).toEqual({ ok: true, money: m });
        },
      ),
      { numRuns: 800 },
    );
  });

  it('refuses one point or comma before three digits unless the locale groups thousands with it (thousands) or a three-decimal currency uses it for decimals', () => {
    fc.assert(
      fc.property(locale, currency, fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ','), (l, c, a, b, mark) => {
        const text = `${a}${mark}${String(b).padStart(3, '0')}`;
        const result = parse(text, l, c);
        const digits = minorDigits(c);
        if (mark === separators(l).group) expect(result).toEqual({ ok: true, money: { minor: (a * 1000 + b) * 10 ** digits, currency: c } });
        else if (mark === separators(l).decimal && digits === 3) expect(result).toEqual({ ok: true, money: { minor: a * 1000 + b, currency: c } });
        else expect(result.ok, `${text} in ${l} must be refused`).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('never misreads: whatever it accepts keeps every digit typed, the sign, and reads back the same', () => {
    const piece = fc.constantFrom('0', '1', '2', '5', '9', '00', '250', '.', ',', ' ', '\u00a0', "'", '-', '\u2212', '€', '$', 'EUR', 'kr');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), locale, currency, (pieces, l, c) => {
        const text = pieces.join('');
        const result = parse(text, l, c);
        if (!result.ok) return;
        const strip = (digits: string) => digits.replace(/^0+/, '').replace(/0+$/, '');
        expect(strip(String(Math.abs(result.money.minor))), text).toBe(strip(text.replace(/\D/g, '')));
        expect(result.money.minor < 0, text).toBe(/[-\u2212]/.test(text) && result.money.minor !== 0);
        expect(parse(formatMoney(result.money, l), l, c)).toEqual(result);
      }),
      { numRuns: 3000 },
    );
  });
});
