import { Button, ButtonGroup } from '@utrecht/component-library-react';

/**
 * A choice between views of the same figures (a chart or a table, a list or a timeline): toggle buttons in a named
 * group, the current one pressed.
 */
export function ViewSwitch<V extends string>({ label, views, current, onChange }: {
  label: string;
  views: readonly { value: V; label: string }[];
  current: V;
  onChange: (view: V) => void;
}) {
  return (
    <div role="group" aria-label={label}>
      <ButtonGroup>
        {views.map((v) => (
          <Button key={v.value} appearance={current === v.value ? 'primary-action-button' : 'secondary-action-button'}
            aria-pressed={current === v.value} onClick={() => onChange(v.value)}>
            {v.label}
          </Button>
        ))}
      </ButtonGroup>
    </div>
  );
}
