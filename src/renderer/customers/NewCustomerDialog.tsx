import { useRef, useState, type FormEvent } from 'react';
import { useModalDialog } from '../ui/useModalDialog';

/** "New customer": a modal dialog with Name and Company. Escape cancels; focus goes back to what opened it. */
export function NewCustomerDialog(props: { onClose: () => void; onCreate: (input: { name: string; company: string }) => Promise<void> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useModalDialog(dialog);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() && !company.trim()) {
      setError('Give the customer a name or a company.');
      return;
    }
    setBusy(true);
    try {
      await props.onCreate({ name: name.trim() || company.trim(), company: company.trim() });
    } catch (e) {
      setError(`Could not create the customer: ${String(e)}`);
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="new-customer-title" onClose={props.onClose} className="dialog">
      <form onSubmit={submit}>
        <h2 id="new-customer-title">New customer</h2>
        <label>
          Name
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} maxLength={500} />
        </label>
        <label>
          Company
          <input value={company} onChange={(e) => setCompany(e.target.value)} maxLength={500} />
        </label>
        {error && <p role="alert" className="error-text">{error}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Create
          </button>
        </div>
      </form>
    </dialog>
  );
}
