import { useEffect, useId, useRef, useState } from 'react';
import { AddFieldIcon } from '../ui/icons';

/**
 * "Add field": the profile's empty fields, folded away so the profile shows what
 * is known. A disclosure listing them as buttons; choosing one reveals that field
 * (the caller focuses it). Escape closes the list and returns to the button.
 */
export function AddFieldMenu({ fields, onChoose }: { fields: { field: string; label: string }[]; onChoose: (field: string) => void }) {
  const [open, setOpen] = useState(false);
  const list = useId();
  const button = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  if (fields.length === 0) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div
      className="add-field"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button ref={button} type="button" className="link-button" aria-expanded={open} aria-controls={list} onClick={() => setOpen((o) => !o)}>
        <AddFieldIcon /> Add field
      </button>
      {open && (
        <ul id={list} className="add-field-list" aria-label="Empty fields">
          {fields.map(({ field, label }, i) => (
            <li key={field}>
              <button
                ref={i === 0 ? first : undefined}
                type="button"
                onClick={() => {
                  setOpen(false);
                  onChoose(field);
                }}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
