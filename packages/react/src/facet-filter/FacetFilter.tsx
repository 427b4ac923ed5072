import { useId, useState } from 'react';
import { useNrwHealth } from '../provider/use-nrw-health';
import { useControllable } from '../shared/use-controllable';
import { facetFilterMessages } from './messages';

export interface FacetOption {
  /** What `value` and `onChange` carry; unique within the facet. */
  readonly value: string;
  readonly label: string;
  /** How many results the option matches; shown next to its label when given. */
  readonly count?: number;
}

export interface FacetFilterProps {
  /** The facet's name, such as "Status"; the legend of its fieldset. */
  readonly legend: string;
  readonly options: readonly FacetOption[];
  /** The checked values, controlled. */
  readonly value?: readonly string[];
  /** The checked values at first, uncontrolled. */
  readonly defaultValue?: readonly string[];
  /** The checked values after a change, in the order of `options`. */
  readonly onChange?: (value: string[]) => void;
  /** Options shown before "show more"; checked ones always show. Default 6. */
  readonly visibleCount?: number;
  /** Form field name, for a portal that submits the filter as a form. */
  readonly name?: string;
  readonly className?: string;
}

const noValues: readonly string[] = [];
const noKept: ReadonlySet<string> = new Set();

/**
 * Native checkboxes in a `<fieldset>` with a `<legend>`, each with its count of matches; long
 * lists show `visibleCount` options and a "show more" button. Checked values controlled
 * (`value`) or uncontrolled (`defaultValue`).
 */
export function FacetFilter(props: FacetFilterProps) {
  const { t, formatNumber, locale } = useNrwHealth(facetFilterMessages);
  const [checked, setChecked] = useControllable<readonly string[]>(
    props.value,
    props.defaultValue ?? noValues,
    props.onChange as ((value: readonly string[]) => void) | undefined,
  );
  const [expanded, setExpanded] = useState(false);
  // Options beyond the limit that were unchecked while collapsed: they stay until the list is
  // folded or unfolded, so unchecking never makes the focused checkbox vanish.
  const [kept, setKept] = useState<ReadonlySet<string>>(noKept);
  const listId = useId();
  const optionId = useId();

  const limit = Math.max(1, Math.floor(props.visibleCount ?? 6));
  const collapsible = props.options.length > limit;
  // Collapsed, the list still shows every checked option: a filter in force is never out of sight.
  const shown =
    expanded || !collapsible
      ? props.options
      : props.options.filter(
          (option, index) =>
            index < limit || checked.includes(option.value) || kept.has(option.value),
        );
  const hidden = props.options.length - shown.length;
  const toggles = expanded ? collapsible : hidden > 0;

  const toggle = (value: string, on: boolean) => {
    if (!on && !expanded) setKept(new Set(kept).add(value));
    const next = new Set(checked);
    if (on) next.add(value);
    else next.delete(value);
    setChecked(props.options.map((option) => option.value).filter((option) => next.has(option)));
  };

  return (
    <fieldset
      className={['nrw', 'nrw-facet-filter', props.className].filter(Boolean).join(' ')}
      lang={locale}
    >
      <legend className="nrw-facet-filter__legend">{props.legend}</legend>
      <ul className="nrw-facet-filter__options" id={listId}>
        {shown.map((option) => {
          const index = props.options.indexOf(option);
          const id = `${optionId}-${index}`;
          return (
            <li key={`${index}-${option.value}`} className="nrw-facet-filter__option">
              <input
                type="checkbox"
                id={id}
                name={props.name}
                value={option.value}
                checked={checked.includes(option.value)}
                onChange={(event) => toggle(option.value, event.currentTarget.checked)}
              />
              <label htmlFor={id}>
                <span>{option.label}</span>
                {option.count === undefined ? null : (
                  <span className="nrw-facet-filter__count">
                    <span aria-hidden="true">{formatNumber(option.count)}</span>
                    <span className="nrw-visually-hidden">
                      {`(${t('facetFilter.count', { count: option.count })})`}
                    </span>
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      {toggles ? (
        <button
          type="button"
          className="nrw-facet-filter__more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => {
            setKept(noKept);
            setExpanded(!expanded);
          }}
        >
          {expanded ? t('facetFilter.showFewer') : t('facetFilter.showMore', { count: hidden })}
        </button>
      ) : null}
    </fieldset>
  );
}
