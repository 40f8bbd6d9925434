import { useEffect, useRef, useState } from 'react';

/**
 * A text input (or textarea) that writes through on every change but does not
 * let remote or undo updates overwrite what the user is typing: while it has
 * focus it shows its own text; on blur it shows the document's value again.
 */
export function CommitInput(props: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  /** Called on blur with the final value, when it changed since the field got focus. */
  onDone?: (value: string) => void;
  multiline?: boolean;
  className?: string;
  maxLength?: number;
  placeholder?: string;
  invalid?: boolean;
  type?: string;
}) {
  const [draft, setDraft] = useState(props.value);
  const focused = useRef(false);
  const atFocus = useRef(props.value);
  useEffect(() => {
    if (!focused.current) setDraft(props.value);
  }, [props.value]);

  const common = {
    'aria-label': props.label,
    'aria-invalid': props.invalid || undefined,
    className: props.className,
    value: draft,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    onFocus: () => {
      focused.current = true;
      atFocus.current = draft;
    },
    onBlur: () => {
      focused.current = false;
      if (draft !== atFocus.current) props.onDone?.(draft);
      setDraft(props.value);
    },
  };
  const change = (value: string) => {
    setDraft(value);
    if (value !== props.value) props.onCommit(value);
  };
  return props.multiline ? (
    <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
  ) : (
    <input {...common} type={props.type ?? 'text'} onChange={(e) => change(e.target.value)} />
  );
}
