import { isLocale, type Locale, locales } from '@nrw-health/core';
import { useNrwHealth } from '../provider/use-nrw-health';
import { localeSwitcherMessages } from './messages';

/** Each language in itself, as a reader looking for their own language expects it. */
const endonyms: Record<Locale, string> = { de: 'Deutsch', en: 'English' };

export interface LocaleSwitcherProps {
  /** The locale shown as chosen, controlled; without it, the provider's locale. */
  readonly value?: Locale;
  /** Called with the chosen locale. Uncontrolled, the provider's locale switches too. */
  readonly onChange?: (locale: Locale) => void;
  readonly className?: string;
}

/**
 * A fieldset of buttons, one per language, the current one pressed (`aria-pressed`); each name is in its own
 * language and marked with `lang`. Uncontrolled it switches the surrounding `NrwHealthProvider`;
 * controlled (`value`) it only reports the choice.
 */
export function LocaleSwitcher(props: LocaleSwitcherProps) {
  const { t, locale, setLocale } = useNrwHealth(localeSwitcherMessages);
  const current = isLocale(props.value) ? props.value : locale;
  const choose = (next: Locale) => {
    if (next === current) return;
    props.onChange?.(next);
    if (props.value === undefined) setLocale(next);
  };
  return (
    <fieldset
      className={['nrw', 'nrw-locale-switcher', props.className].filter(Boolean).join(' ')}
      lang={locale}
    >
      <legend className="nrw-visually-hidden">{t('localeSwitcher.label')}</legend>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === current}
          className="nrw-locale-switcher__option"
          onClick={() => choose(option)}
        >
          {endonyms[option]}
        </button>
      ))}
    </fieldset>
  );
}
