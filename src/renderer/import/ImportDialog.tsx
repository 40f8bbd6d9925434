import { useEffect, useMemo, useRef, useState } from 'react';
import { planImport, type ExistingCustomer, type ImportPlan } from '../../shared/import/plan';
import { recordsFromTable } from '../../shared/import/records';
import { headerSignature, PRESET_LABELS } from '../../shared/import/presets';
import { TARGET_FIELDS, TARGET_LABELS, type ColumnMapping, type TargetField } from '../../shared/import/types';
import type { ImportUndo } from '../../shared/import/apply';
import { useApp } from '../app/AppContext';
import { useSession } from '../workspace/SessionContext';
import { openBytes } from '../backup/files';
import { readImportFile, type ImportSource } from './importSource';
import { rememberedMapping, rememberMapping } from './mappingMemory';
import { runImport } from './runImport';

type Step = { kind: 'choose' } | { kind: 'preview'; source: ImportSource } | { kind: 'running'; done: number; total: number } | { kind: 'done'; created: number; merged: number };

/**
 * Import: choose a CSV or vCard file, check the column mapping, look at what
 * will be created and merged (and which rows are malformed, and why), then
 * confirm. Nothing is written before "Confirm import".
 */
export function ImportDialog(props: { onClose: () => void; onImported: (undo: ImportUndo, label: string) => void }) {
  const app = useApp();
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const choose = async () => {
    setError(null);
    const file = await openBytes(['.csv', '.vcf', '.txt'], 'Contacts');
    if (!file) return;
    try {
      const source = readImportFile(file.name, file.data);
      if (source.kind === 'csv') {
        const remembered = await rememberedMapping(app.meta, headerSignature(source.table.headers));
        setMapping(remembered ?? source.mapping);
      }
      setStep({ kind: 'preview', source });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const source = step.kind === 'preview' ? step.source : null;
  const plan: ImportPlan | null = useMemo(() => {
    if (!source) return null;
    const { records, malformed } = source.kind === 'csv' ? recordsFromTable(source.table, mapping) : source;
    const existing: ExistingCustomer[] = session.cards.all().map((card) => ({
      card,
      profile: { emails: session.derived.digests.get(card.id)?.emails ?? [], phones: [], role: '', address: '' },
    }));
    return planImport(records, existing, malformed);
  }, [source, mapping, session]);

  const confirm = async () => {
    if (!plan || !source) return;
    const label = source.kind === 'csv' ? PRESET_LABELS[source.preset] : 'vCard';
    if (source.kind === 'csv') await rememberMapping(app.meta, headerSignature(source.table.headers), mapping);
    setStep({ kind: 'running', done: 0, total: plan.create.length + plan.merge.length });
    try {
      const undo = await runImport(session, plan, label, (done, total) => setStep({ kind: 'running', done, total }));
      setStep({ kind: 'done', created: undo.created.length, merged: undo.merged.length });
      props.onImported(undo, `${source.fileName}: ${undo.created.length} created, ${undo.merged.length} merged`);
    } catch (e) {
      setError(`The import stopped: ${e instanceof Error ? e.message : String(e)}. Use “Undo import” to take back what was written.`);
    }
  };

  return (
    <dialog ref={dialog} className="dialog wide" aria-labelledby="import-title" onClose={props.onClose}>
      <h2 id="import-title">Import customers</h2>
      {step.kind === 'choose' && (
        <div>
          <p>CSV exports from HubSpot, Pipedrive or Google Contacts, any other CSV (you choose what each column is), or vCard files (.vcf).</p>
          <button className="primary" onClick={() => void choose()}>
            Choose file…
          </button>
        </div>
      )}
      {source && plan && (
        <div className="import-preview">
          <p>
            <strong>{source.fileName}</strong> — {source.kind === 'csv' ? `${PRESET_LABELS[source.preset]}, ${source.table.rows.length} rows` : `vCard, ${source.records.length + source.malformed.length} cards`}
          </p>
          {source.kind === 'csv' && (
            <details open={source.preset === 'generic'}>
              <summary>Columns</summary>
              <table className="data-table" aria-label="Column mapping">
                <tbody>
                  {source.table.headers.map((header) => (
                    <tr key={header}>
                      <th scope="row">{header}</th>
                      <td>
                        <select aria-label={`Column ${header}`} value={mapping[header] ?? 'ignore'} onChange={(e) => setMapping({ ...mapping, [header]: e.target.value as TargetField })}>
                          {TARGET_FIELDS.map((f) => (
                            <option key={f} value={f}>
                              {TARGET_LABELS[f]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="muted small">{source.table.rows[0]?.[source.table.headers.indexOf(header)]?.slice(0, 40)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
          <ul className="import-counts" aria-label="Import preview">
            <li>
              <strong>{plan.create.length}</strong> new customers
            </li>
            <li>
              <strong>{plan.merge.length}</strong> merged into existing customers
            </li>
            <li>
              <strong>{plan.malformed.length}</strong> rows skipped
            </li>
            {plan.folded > 0 && (
              <li>
                <strong>{plan.folded}</strong> duplicate rows combined
              </li>
            )}
          </ul>
          {plan.merge.length > 0 && (
            <details>
              <summary>Merges</summary>
              <ul className="compact">
                {plan.merge.slice(0, 50).map((m) => (
                  <li key={`${m.customerId}-${m.record.sourceRow}`}>
                    Row {m.record.sourceRow}: {m.record.name} → {session.cards.get(m.customerId)?.name} (by {m.matchedBy}){m.adds.length ? `, adds ${m.adds.join(', ')}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {plan.malformed.length > 0 && (
            <details open>
              <summary>Skipped rows</summary>
              <ul className="compact" aria-label="Skipped rows">
                {plan.malformed.slice(0, 100).map((m) => (
                  <li key={`${m.sourceRow}-${m.reason}`}>
                    Row {m.sourceRow}: {m.reason}
                  </li>
                ))}
                {plan.malformed.length > 100 && <li>…and {plan.malformed.length - 100} more</li>}
              </ul>
            </details>
          )}
          <div className="dialog-actions">
            <button onClick={props.onClose}>Cancel</button>
            <button className="primary" disabled={plan.create.length + plan.merge.length === 0} onClick={() => void confirm()}>
              Confirm import
            </button>
          </div>
        </div>
      )}
      {step.kind === 'running' && (
        <div>
          <p>
            Importing… {step.done} of {step.total}
          </p>
          <progress aria-label="Import progress" max={step.total} value={step.done} />
        </div>
      )}
      {step.kind === 'done' && (
        <div>
          <p role="status" aria-label="Import result">
            Imported: {step.created} new, {step.merged} merged.
          </p>
          <div className="dialog-actions">
            <button className="primary" onClick={props.onClose}>
              Done
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </dialog>
  );
}
