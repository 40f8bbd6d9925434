export { currencyCodeSchema, currencyName, isSupportedCurrency, minorDigits, supportedCurrencies, type CurrencyCode } from './currency';
export { canonicalLocale, deviceLocale, localeTagSchema, OFFERED_LOCALES } from './locale';
export { formatMoney, moneyFromLegacy, moneySchema, sumIn, toDecimalString, type Money } from './money';
export { parseAmount, type AmountContext, type AmountParse } from './parseAmount';
export { defaultCurrencyFor, FALLBACK_CURRENCY } from './regionCurrency';
