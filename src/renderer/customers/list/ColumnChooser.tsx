import { LIST_COLUMNS, LIST_COLUMN_LABELS, type ListColumn } from '../../../shared/model/listRows';

/** "Columns": which columns the list shows (the name always), remembered on this device. */
export function ColumnChooser({ columns, onChange }: { columns: readonly ListColumn[]; onChange: (columns: ListColumn[]) => void }) {
  const shown = new Set(columns);
  return (
    <details className="column-chooser">
      <summary>Columns</summary>
      <fieldset>
        <legend className="visually-hidden">Columns shown</legend>
        {LIST_COLUMNS.filter((column) => column !== 'name').map((column) => (
          <label key={column} className="check">
            <input
              type="checkbox"
              checked={shown.has(column)}
              onChange={(e) => onChange(e.target.checked ? [...columns, column] : columns.filter((c) => c !== column))}
            />
            {LIST_COLUMN_LABELS[column]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
