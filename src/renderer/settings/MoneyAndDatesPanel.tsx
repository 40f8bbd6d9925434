import { useId, useMemo } from 'react';
import { setWorkspaceFormat } from '../../shared/model/workspaceFormat';
import { currencyName, supportedCurrencies } from '../../shared/money/currency';
import { OFFERED_LOCALES } from '../../shared/money/locale';
import { formatsFor, useFormats } from '../format/useFormats';
import { useSession } from '../workspace/SessionContext';
import { LOCAL_ORIGIN } from '../workspace/session';
import { InvalidFields } from '../customers/InvalidFields';

const SAMPLE_AMOUNT = 1_325_050;
const SAMPLE_DATE = '2026-03-14';

function localeName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The workspace's currency and number locale (shared by the team): every amount
 * typed is read in them, and every amount and date in the app, the story and
 * exports is shown in them. Amounts already logged keep their own currency.
 */
export function MoneyAndDatesPanel() {
  const session = useSession();
  const formats = useFormats();
  const hint = useId();
  const currencies = useMemo(() => {
    const codes = new Set(supportedCurrencies());
    codes.add(formats.currency);
    return [...codes].sort().map((code) => ({ code, name: currencyName(code, 'en') }));
  }, [formats.currency]);
  const locales = useMemo(() => {
    const tags: string[] = [...OFFERED_LOCALES];
    if (!tags.includes(formats.locale)) tags.unshift(formats.locale);
    return tags.map((tag) => ({ tag, name: localeName(tag) }));
  }, [formats.locale]);
  const example = formatsFor({ currency: formats.currency, locale: formats.locale });

  return (
    <section className="panel" aria-labelledby="money-dates-title">
      <h2 id="money-dates-title">Money and dates</h2>
      <InvalidFields fields={formats.invalid} context="workspace setting" />
      <div className="field">
        <label className="field-label" htmlFor={`${hint}-currency`}>
          Currency
        </label>
        <select
          id={`${hint}-currency`}
          value={formats.currency}
          aria-describedby={hint}
          onChange={(e) => setWorkspaceFormat(session.doc, { currency: e.target.value }, LOCAL_ORIGIN)}
        >
          {currencies.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} — {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${hint}-locale`}>
          Number and date format
        </label>
        <select
          id={`${hint}-locale`}
          value={formats.locale}
          aria-describedby={hint}
          onChange={(e) => setWorkspaceFormat(session.doc, { locale: e.target.value }, LOCAL_ORIGIN)}
        >
          {locales.map((l) => (
            <option key={l.tag} value={l.tag}>
              {l.name} ({l.tag})
            </option>
          ))}
        </select>
      </div>
      <p id={hint} className="hint" aria-live="polite">
        Amounts look like {example.value(SAMPLE_AMOUNT)} and dates like {example.day(SAMPLE_DATE)}. Amounts already logged keep their currency; lifetime
        values add up the amounts in the workspace currency.
      </p>
    </section>
  );
}
