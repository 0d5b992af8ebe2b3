// The filter form: one control per FilterField; applying it hands the built DeviceFilter to the table.
import { useState } from 'preact/hooks';
import type { DeviceFilter } from '../gql/graphql.ts';
import { buildDeviceFilter, type FilterField, type FilterValues } from './device-filter-fields.ts';

export function DeviceFilterForm({
  fields,
  onApply,
}: {
  fields: readonly FilterField[];
  onApply: (filter: DeviceFilter) => void;
}) {
  const [values, setValues] = useState<FilterValues>({});
  const [invalid, setInvalid] = useState<string[]>([]);
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const apply = (next: FilterValues) => {
    const built = buildDeviceFilter(fields, next);
    setInvalid(built.invalid);
    onApply(built.filter);
  };
  return (
    <form
      class="filters"
      aria-label="Device filters"
      onSubmit={(e) => {
        e.preventDefault();
        apply(values);
      }}
    >
      {fields.map((field) => (
        <div key={field.name} class={invalid.includes(field.name) ? 'field invalid' : 'field'}>
          <label htmlFor={`filter-${field.name}`}>{field.label}</label>
          {field.input.type === 'checkbox' ? (
            <input
              type="checkbox"
              id={`filter-${field.name}`}
              name={field.name}
              checked={values[field.name] === 'on'}
              onChange={(e) => set(field.name, e.currentTarget.checked ? 'on' : '')}
            />
          ) : field.input.type === 'select' ? (
            <select
              id={`filter-${field.name}`}
              name={field.name}
              value={values[field.name] ?? ''}
              onChange={(e) => set(field.name, e.currentTarget.value)}
            >
              <option value="">any</option>
              {field.input.options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          ) : (
            <input
              type="text"
              id={`filter-${field.name}`}
              name={field.name}
              placeholder={field.input.placeholder}
              value={values[field.name] ?? ''}
              onInput={(e) => set(field.name, e.currentTarget.value)}
            />
          )}
        </div>
      ))}
      <button type="submit">Apply</button>
      <button
        type="button"
        onClick={() => {
          setValues({});
          apply({});
        }}
      >
        Clear
      </button>
    </form>
  );
}
