import { useId } from 'react';

export type ActorDirectoryView = 'cards' | 'table';

export const views: readonly ActorDirectoryView[] = ['cards', 'table'];

export const isView = (value: unknown): value is ActorDirectoryView =>
  value === 'cards' || value === 'table';

/**
 * The views as a native radio group in a fieldset, styled as a segmented control: Tab reaches
 * the checked view, the arrow keys check the other one, Tab goes on into the results. Native
 * radios need no ARIA and no script to work by keyboard.
 */
export function ViewSwitch(props: {
  readonly label: string;
  readonly labels: Readonly<Record<ActorDirectoryView, string>>;
  readonly view: ActorDirectoryView;
  readonly onViewChange: (view: ActorDirectoryView) => void;
}) {
  const name = useId();
  return (
    <fieldset className="nrw-actor-directory__views">
      <legend className="nrw-actor-directory__views-legend">{props.label}</legend>
      <div className="nrw-actor-directory__segments">
        {views.map((view) => (
          <label key={view} className="nrw-actor-directory__segment">
            <input
              type="radio"
              name={name}
              value={view}
              checked={props.view === view}
              onChange={() => props.onViewChange(view)}
            />
            {props.labels[view]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
