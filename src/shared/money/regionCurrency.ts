/**
 * The currency a new workspace starts with, from the creating device's locale.
 * Intl names currencies but does not say which one a region uses, so this is the
 * one table we keep: the regions whose locales people most often run, everything
 * else falls back to the euro (what earlier versions always showed).
 */
const EURO = ['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK', 'AD', 'MC', 'SM', 'VA', 'ME', 'XK'];
const OTHERS: Record<string, string> = {
  US: 'USD', GB: 'GBP', CH: 'CHF', LI: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON',
  BG: 'BGN', TR: 'TRY', UA: 'UAH', RS: 'RSD', CA: 'CAD', MX: 'MXN', BR: 'BRL', AR: 'ARS', CL: 'CLP', CO: 'COP', PE: 'PEN', AU: 'AUD',
  NZ: 'NZD', JP: 'JPY', CN: 'CNY', HK: 'HKD', TW: 'TWD', KR: 'KRW', SG: 'SGD', IN: 'INR', ID: 'IDR', MY: 'MYR', TH: 'THB', PH: 'PHP',
  VN: 'VND', IL: 'ILS', AE: 'AED', SA: 'SAR', KW: 'KWD', QA: 'QAR', EG: 'EGP', ZA: 'ZAR', NG: 'NGN', KE: 'KES', MA: 'MAD',
};

export const FALLBACK_CURRENCY = 'EUR';

export function defaultCurrencyFor(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return FALLBACK_CURRENCY;
  }
  if (!region) return FALLBACK_CURRENCY;
  if (EURO.includes(region)) return 'EUR';
  return OTHERS[region] ?? FALLBACK_CURRENCY;
}
