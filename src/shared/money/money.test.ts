import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, moneyFromLegacy, moneySchema, sumIn, toDecimalString } from './money';
import { currencyName, minorDigits, supportedCurrencies } from './currency';
import { defaultCurrencyFor } from './regionCurrency';

describe('money', () => {
  it('takes minor-unit digits from Intl', () => {
    expect([minorDigits('JPY'), minorDigits('EUR'), minorDigits('KWD'), minorDigits('CHF')]).toEqual([0, 2, 3, 2]);
    expect(supportedCurrencies()).toContain('SEK');
    expect(currencyName('SEK', 'en')).toBe('Swedish Krona');
  });

  it('formats with Intl in the workspace locale, exactly, showing every minor digit', () => {
    expect(formatMoney({ minor: 1_325_000, currency: 'EUR' }, 'en-US')).toBe('€13,250.00');
    expect(formatMoney({ minor: 1_325_050, currency: 'EUR' }, 'de-DE')).toBe('13.250,50\u00a0€');
    expect(formatMoney({ minor: 13_250, currency: 'JPY' }, 'en-US')).toBe('¥13,250');
    expect(formatMoney({ minor: -1_250, currency: 'KWD' }, 'en-US')).toBe('-KWD\u00a01.250');
    // 2^53 - 1 cents: a float division would round the last digit.
    expect(formatMoney({ minor: Number.MAX_SAFE_INTEGER, currency: 'EUR' }, 'en-US')).toBe('€90,071,992,547,409.91');
    expect(toDecimalString({ minor: -5, currency: 'EUR' })).toBe('-0.05');
    expect(toDecimalString({ minor: 7, currency: 'JPY' })).toBe('7');
  });

  it('reads amounts of earlier versions losslessly, and refuses what it cannot represent', () => {
    expect(moneyFromLegacy(13.5, 'EUR')).toEqual({ minor: 1350, currency: 'EUR' });
    expect(moneyFromLegacy(250, 'EUR')).toEqual({ minor: 25_000, currency: 'EUR' });
    expect(moneyFromLegacy(-0.01, 'EUR')).toEqual({ minor: -1, currency: 'EUR' });
    expect(moneyFromLegacy(13.555, 'EUR')).toBeNull();
    expect(moneyFromLegacy(0.1 + 0.2, 'EUR')).toBeNull();
    expect(moneyFromLegacy(1e21, 'EUR')).toBeNull();
    expect(moneyFromLegacy(13.5, 'JPY')).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(moneyFromLegacy(cents / 100, 'EUR')).toEqual({ minor: cents, currency: 'EUR' });
      }),
    );
  });

  it('validates stored money and sums one currency, counting the others', () => {
    expect(moneySchema.safeParse({ minor: 1.5, currency: 'EUR' }).success).toBe(false);
    expect(moneySchema.safeParse({ minor: 2 ** 60, currency: 'EUR' }).success).toBe(false);
    expect(moneySchema.safeParse({ minor: 5, currency: 'euro' }).success).toBe(false);
    expect(sumIn('EUR', [{ minor: 5, currency: 'EUR' }, null, { minor: 7, currency: 'USD' }, { minor: -2, currency: 'EUR' }])).toEqual({ minor: 3, otherCurrencies: 1 });
  });

  it('starts a workspace in the currency of the device locale', () => {
    expect(['en-US', 'de-DE', 'de-CH', 'sv-SE', 'ja-JP', 'en-GB', 'pt-BR', 'fr', 'xx'].map(defaultCurrencyFor)).toEqual(['USD', 'EUR', 'CHF', 'SEK', 'JPY', 'GBP', 'BRL', 'EUR', 'EUR']);
  });
});
