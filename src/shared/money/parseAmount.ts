import { currencyName, minorDigits, supportedCurrencies } from './currency';
import type { Money } from './money';

/**
 * Reads an amount as people type it, in the workspace's locale and currency.
 *
 * The rules (each refusal says what to type instead; nothing is guessed):
 * - Spaces of every kind (no-break, narrow no-break, thin) and apostrophes (' and ’)
 *   only ever group thousands. Fullwidth digits and signs are read as ASCII (NFKC).
 * - A point or comma followed by a number of digits other than three can only be a
 *   decimal separator, and is read as one; except when it is the locale's thousands
 *   separator ("13,5" in en-US, "13.5" in de-DE): then it is refused as malformed.
 * - With both a point and a comma, the last one is the decimal separator
 *   ("13,250.50" and "13.250,50" everywhere).
 * - One point or comma followed by exactly three digits ("13,250", "1.250"):
 *   - the locale's thousands separator: thousands (13,250 in en-US is 13250);
 *   - the locale's decimal separator: decimals when the currency has three (KWD),
 *     otherwise refused as ambiguous (13,250 in de-DE with EUR: 13.25 or 13250?);
 *   - neither (a point in fr-FR, a comma in de-CH): refused as ambiguous.
 * - Thousands groups have three digits (the first one to three), or the locale's
 *   own grouping (en-IN 12,34,567).
 * - More decimals than the currency has is refused (13.255 EUR, 13.5 JPY).
 * - A leading or trailing symbol or code of the workspace currency is allowed
 *   ("€13,250.50", "13 250 kr", "CHF 1'234.50", "eur 5"); another currency's is refused.
 * - One minus (or plus) sign, before or after a leading symbol ("-€5", "€-5", "−5").
 */
export type AmountParse = { ok: true; money: Money } | { ok: false; empty: boolean; message: string };

export interface AmountContext {
  locale: string;
  currency: string;
}

const SIGNS = new Set(['-', '+', '\u2212', '\u2012', '\u2013']);
const APOSTROPHES = new Set(["'", '\u2019']);
type Mark = '.' | ',' | ' ' | "'";

const refuse = (message: string): AmountParse => ({ ok: false, empty: false, message });

interface LocaleNumbers {
  decimal: Mark;
  group: Mark;
  /** Group sizes the locale prints, from the right: [3, 3] or en-IN's [3, 2]. */
  grouping: [number, number];
}

const localeCache = new Map<string, LocaleNumbers>();

function markOf(text: string): Mark {
  const c = text.normalize('NFKC');
  if (c === '.' || c === ',') return c;
  if (APOSTROPHES.has(c)) return "'";
  return ' ';
}

function localeNumbers(locale: string): LocaleNumbers {
  let info = localeCache.get(locale);
  if (info) return info;
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567890.5);
  const decimal = markOf(parts.find((p) => p.type === 'decimal')?.value ?? '.');
  const group = markOf(parts.find((p) => p.type === 'group')?.value ?? ',');
  const sizes = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primary = sizes[sizes.length - 1] ?? 3;
  const secondary = sizes.length > 2 ? sizes[sizes.length - 2] : primary;
  info = { decimal, group, grouping: [primary, secondary] };
  localeCache.set(locale, info);
  return info;
}

const ownCache = new Map<string, Set<string>>();
const namesCache = new Map<string, Map<string, Set<string>>>();

function symbolOf(locale: string, currency: string, display: 'symbol' | 'narrowSymbol'): string {
  const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display }).formatToParts(1).find((p) => p.type === 'currency');
  return (part?.value ?? currency).normalize('NFKC').toLowerCase();
}

function namesOf(locale: string, currency: string): string[] {
  return [currency.toLowerCase(), ...[locale, 'en'].flatMap((l) => [symbolOf(l, currency, 'symbol'), symbolOf(l, currency, 'narrowSymbol')])];
}

/** The codes and symbols (lower case) that name the workspace currency in this locale or in English. */
function ownNames(locale: string, currency: string): Set<string> {
  const key = `${locale}|${currency}`;
  let own = ownCache.get(key);
  if (!own) ownCache.set(key, (own = new Set(namesOf(locale, currency))));
  return own;
}

/** Which currencies a code or symbol can name, built once per locale and only when a typed affix is not the workspace's. */
function currenciesNamed(locale: string, name: string): Set<string> | undefined {
  let names = namesCache.get(locale);
  if (!names) {
    names = new Map();
    for (const code of supportedCurrencies()) {
      for (const n of namesOf(locale, code)) {
        let set = names.get(n);
        if (!set) names.set(n, (set = new Set()));
        set.add(code);
      }
    }
    namesCache.set(locale, names);
  }
  return names.get(name);
}

function number(locale: string, value: string, fractionDigits: number, grouping: boolean): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits, useGrouping: grouping }).format(
    value as unknown as number,
  );
}

function decimalsMessage(currency: string): string {
  const digits = minorDigits(currency);
  const name = `${currency} (${currencyName(currency, 'en')})`;
  return digits === 0 ? `${name} amounts have no decimal places.` : `${name} amounts have at most ${digits} decimal place${digits === 1 ? '' : 's'}.`;
}

/** "1.250" could be 1250 or 1.25: say how to type either, in the locale's own style. */
function ambiguousMessage(text: string, locale: string, currency: string, asThousands: string, asDecimal: string): string {
  const whole = `${number(locale, asThousands, 0, false)} (or ${number(locale, asThousands, 0, true)})`;
  const decimals = asDecimal.replace(/0+$/, '').split('.')[1]?.length ?? 0;
  if (decimals > minorDigits(currency)) return `“${text}” is ambiguous: type ${whole} for the whole amount. ${decimalsMessage(currency)}`;
  return `“${text}” is ambiguous: type ${whole} for the whole amount, or ${number(locale, asDecimal, Math.max(decimals, minorDigits(currency)), true)} for the decimal one.`;
}

function groupsValid(groups: string[], grouping: [number, number]): boolean {
  if (groups.length < 2) return true;
  const fits = ([primary, secondary]: [number, number]) =>
    groups.every((g, i) => {
      if (i === 0) return g.length >= 1 && g.length <= (groups.length === 2 ? primary : secondary);
      return g.length === (i === groups.length - 1 ? primary : secondary);
    });
  return fits([3, 3]) || fits(grouping);
}

export function parseAmount(input: string, context: AmountContext): AmountParse {
  const { locale, currency } = context;
  const text = input.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, empty: true, message: 'Type an amount.' };
  const first = text.search(/\d/);
  if (first < 0) return refuse(`“${text}” is not an amount: type digits, such as ${number(locale, '1250.5', 2, true)}.`);
  let last = first;
  for (let i = text.length - 1; i >= 0; i--) {
    if (/\d/.test(text[i])) {
      last = i;
      break;
    }
  }
  const core = text.slice(first, last + 1);
  let prefix = text.slice(0, first).trim();
  const suffix = text.slice(last + 1).trim();

  if (/^[.,]/.test(suffix)) return refuse(`“${text}” is not an amount: it ends with a separator.`);
  if (/[.,]$/.test(prefix)) return refuse(`“${text}” is not an amount: put a digit before the decimal separator, as in ${number(locale, '0.5', 2, true)}.`);
  const stray = /[^\d.,' \u2019]/.exec(core);
  if (stray) return refuse(`“${text}” is not an amount: “${stray[0]}” cannot stand between digits.`);

  // The sign: once, at either end of the prefix ("-€5", "€ -5").
  let negative = false;
  const signAt = (i: number) => (SIGNS.has(prefix[i] ?? '') ? i : -1);
  const signIndex = prefix.length > 0 ? Math.max(signAt(prefix.length - 1), signAt(0)) : -1;
  if (signIndex >= 0) {
    negative = prefix[signIndex] !== '+';
    prefix = (prefix.slice(0, signIndex) + prefix.slice(signIndex + 1)).trim();
  }
  if ([...prefix, ...suffix].some((c) => SIGNS.has(c)))
    return refuse(`“${text}” is not an amount: put one minus sign in front, as in ${number(locale, '-1250', 0, true)}.`);
  if (prefix && suffix) return refuse(`“${text}” is not an amount: write the currency once, before or after the number.`);

  const affix = (prefix || suffix).toLowerCase();
  if (affix) {
    if (!ownNames(locale, currency).has(affix)) {
      const workspace = `${currency} (${currencyName(currency, 'en')})`;
      if (currenciesNamed(locale, affix)) return refuse(`“${prefix || suffix}” is not this workspace's currency: amounts are in ${workspace}.`);
      return refuse(`“${prefix || suffix}” is not a currency symbol or code: amounts are in ${workspace}.`);
    }
  }

  // Split the digits from the separators.
  const marks: { mark: Mark; index: number }[] = [];
  let digitsOnly = '';
  for (let i = 0; i < core.length; i++) {
    const c = core[i];
    if (c >= '0' && c <= '9') {
      digitsOnly += c;
      continue;
    }
    if (marks.length > 0 && marks[marks.length - 1].index === i - 1) return refuse(`“${text}” is not an amount: two separators in a row.`);
    marks.push({ mark: markOf(c), index: i });
  }

  const info = localeNumbers(locale);
  const kinds = [...new Set(marks.map((m) => m.mark))];
  let decimalIndex = -1;
  let groupMark: Mark | null = null;
  if (kinds.length > 2) return refuse(`“${text}” is not an amount: it mixes three kinds of separators.`);
  if (kinds.length === 2) {
    const decimal = marks[marks.length - 1].mark;
    if ((decimal !== '.' && decimal !== ',') || marks.filter((m) => m.mark === decimal).length > 1)
      return refuse(`“${text}” is not an amount: the separators are out of place.`);
    decimalIndex = marks[marks.length - 1].index;
    groupMark = kinds.find((k) => k !== decimal) ?? null;
  } else if (kinds.length === 1) {
    const mark = kinds[0];
    if (mark === ' ' || mark === "'" || marks.length > 1) {
      groupMark = mark;
    } else {
      const at = marks[0].index;
      const before = core.slice(0, at);
      const after = core.slice(at + 1);
      const asDecimal = `${before}.${after}`;
      const asThousands = `${before}${after}`;
      const groupingReadable = after.length === 3 && before.length <= 3 && !before.startsWith('0');
      if (after.length === 0) return refuse(`“${text}” is not an amount: it ends with a separator.`);
      if (after.length !== 3 && mark === info.group)
        return refuse(
          `“${text}”: here “${mark}” separates thousands and must be followed by three digits; the decimal separator is “${info.decimal}”, as in ${number(locale, asDecimal, after.length, true)}.`,
        );
      if (groupingReadable && mark === info.group) {
        groupMark = mark;
      } else if (groupingReadable && !(mark === info.decimal && minorDigits(currency) >= 3)) {
        return refuse(ambiguousMessage(text, locale, currency, asThousands, asDecimal));
      } else {
        decimalIndex = at;
      }
    }
  }

  const whole = decimalIndex >= 0 ? core.slice(0, decimalIndex) : core;
  const fraction = decimalIndex >= 0 ? core.slice(decimalIndex + 1) : '';
  if (decimalIndex === 0) return refuse(`“${text}” is not an amount: put a digit before the decimal separator, as in ${number(locale, '0.5', 2, true)}.`);
  if (fraction === '' && decimalIndex >= 0) return refuse(`“${text}” is not an amount: it ends with a separator.`);
  if (/\D/.test(fraction)) return refuse(`“${text}” is not an amount: thousands separators belong before the decimal separator.`);
  if (groupMark !== null) {
    const groups = whole.split(groupMark === "'" ? /['\u2019]/ : groupMark);
    if (groups.some((g) => /\D/.test(g)) || !groupsValid(groups, info.grouping))
      return refuse(`“${text}”: the thousands separators are misplaced; groups have three digits, as in ${number(locale, '1234567', 0, true)}.`);
  }
  const digits = minorDigits(currency);
  if (fraction.length > digits) return refuse(`“${text}”: ${decimalsMessage(currency)}`);
  const minorText = `${whole.replace(/\D/g, '')}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  if (minorText.length > 15 || digitsOnly.length > 18) return refuse(`“${text}” is too large an amount.`);
  const minor = Number(minorText);
  return { ok: true, money: { minor: negative && minor !== 0 ? -minor : minor, currency } };
}
