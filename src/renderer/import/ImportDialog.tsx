import { useEffect, useMemo, useRef, useState } from 'react';
import { useModalDialog } from '../ui/useModalDialog';
import { problemKey, type DirectoryEntry, type ImportPlan, type ProblemDecision } from '../../shared/import/plan';
import { describeColumns } from '../../shared/import/columns';
import { describeChange } from '../../shared/import/merge';
import { PRESET_LABELS } from '../../shared/import/presets';
import { TARGET_FIELDS, TARGET_LABELS, type ColumnMapping, type TargetField, type ValueProblem } from '../../shared/import/types';
import type { SlashOrder } from '../../shared/import/normalize';
import type { ReadOptions } from '../../shared/import/records';
import { useFormats } from '../format/useFormats';
import { useApp } from '../app/AppContext';
import { useSession } from '../workspace/SessionContext';
import { openBytes } from '../backup/files';
import { readImportFile, type ImportSource } from './importSource';
import { rememberedMapping, rememberMapping } from './mappingMemory';
import { runImport } from './runImport';
import { loadDirectory } from './existingCustomers';
import { useImportPreview } from './useImportPreview';
import { uiSlicer } from './uiSlicer';
import './import.css';

type Step = { kind: 'choose' } | { kind: 'preview'; source: ImportSource } | { kind: 'running'; done: number; total: number } | { kind: 'done'; created: number; merged: number; unchanged: number };

const SHOWN_PROBLEMS = 200;

/** "0 new · 3 unchanged": what the import will do, with nothing left unsaid (values left out are counted, never hidden under "0 rows skipped"). */
export function summarize(plan: ImportPlan): string {
  const n = (v: number) => v.toLocaleString();
  return [
    `${n(plan.create.length)} new`,
    `${n(plan.unchanged.length)} unchanged`,
    plan.merge.length ? `${n(plan.merge.length)} merged` : '',
    plan.malformed.length ? `${n(plan.malformed.length)} ${plan.malformed.length === 1 ? 'row' : 'rows'} skipped` : '',
    plan.dropped.length ? `${n(plan.dropped.length)} ${plan.dropped.length === 1 ? 'value' : 'values'} left out` : '',
    plan.folded ? `${n(plan.folded)} duplicate ${plan.folded === 1 ? 'row' : 'rows'} combined` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Import: choose a CSV or vCard file; see for each column what it maps to (or
 * why not), every value that cannot be read (row, column, raw text) with the
 * choice to import its row without it or skip the row, and what will be
 * created, merged and left unchanged, compared with the customers as stored.
 * Nothing is written before "Confirm import".
 */
export function ImportDialog(props: { onClose: () => void }) {
  const app = useApp();
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  // The order chosen for a date column's slash dates (3/5/2024), by header.
  const [slashOrders, setSlashOrders] = useState<Readonly<Record<string, SlashOrder>>>({});
  // Amounts are read in the workspace's number format and currency, as the Amount field reads them.
  const { locale, currency } = useFormats();
  const readOptions = useMemo<ReadOptions>(() => ({ slashOrders, money: { locale, currency } }), [slashOrders, locale, currency]);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, ProblemDecision>>(new Map());
  const [allDecision, setAllDecision] = useState<ProblemDecision>('drop');
  const [error, setError] = useState<string | null>(null);
  const [directory, setDirectory] = useState<DirectoryEntry[] | null>(null);

  useEffect(() => {
    let live = true;
    // Matching waits for the complete email index: a digest not built yet would miss a match.
    void loadDirectory(session).then((d) => live && setDirectory(d));
    return () => {
      live = false;
    };
  }, [session]);

  const choose = async () => {
    setError(null);
    const file = await openBytes(['.csv', '.vcf', '.txt'], 'Contacts');
    if (!file) return;
    try {
      const source = await readImportFile(file.name, file.data, uiSlicer());
      if (source.kind === 'csv') {
        const remembered = await rememberedMapping(app.meta, source.table.headers);
        setMapping(remembered ?? source.mapping);
      }
      setDecisions(new Map());
      setSlashOrders({});
      setStep({ kind: 'preview', source });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const source = step.kind === 'preview' ? step.source : null;
  const decide = useMemo(() => (p: ValueProblem) => decisions.get(problemKey(p)) ?? allDecision, [decisions, allDecision]);
  const label = source ? (source.kind === 'csv' ? PRESET_LABELS[source.preset] : 'vCard') : '';
  // Records, matching and plan in slices: a 50,000-row file never holds the UI.
  const { parsed, plan, reading } = useImportPreview(session, source, mapping, readOptions, decide, directory, label, setError);
  // With those only a comparison with the customers as stored finds (a total lower than earlier imports added),
  // kept while a changed decision is planned again, so their rows (and the focus on a choice) stay.
  const [mergeProblems, setMergeProblems] = useState<ValueProblem[]>([]);
  useEffect(() => {
    if (plan) setMergeProblems(plan.mergeProblems);
  }, [plan]);
  useEffect(() => setMergeProblems([]), [source]);
  const problems = useMemo(
    () => [...(parsed?.records.flatMap((r) => r.problems) ?? []), ...mergeProblems].sort((a, b) => a.sourceRow - b.sourceRow),
    [parsed, mergeProblems],
  );

  const confirm = async () => {
    if (!plan || !source) return;
    if (source.kind === 'csv') await rememberMapping(app.meta, source.table.headers, mapping);
    setStep({ kind: 'running', done: 0, total: plan.create.length + plan.merge.length });
    try {
      const entry = await runImport(session, plan, { source: label, fileName: source.fileName }, (done, total) => setStep({ kind: 'running', done, total }));
      setStep({ kind: 'done', created: entry.undo.created.length, merged: entry.undo.merged.length, unchanged: plan.unchanged.length });
    } catch (e) {
      setError(`The import stopped: ${e instanceof Error ? e.message : String(e)}. Use “Undo import” on the customer list to take back what was written.`);
    }
  };

  const setDecision = (p: ValueProblem, d: ProblemDecision) => setDecisions((m) => new Map(m).set(problemKey(p), d));
  const columns = source?.kind === 'csv' ? describeColumns(source.table, mapping, { ...readOptions, locale }) : [];

  return (
    <dialog ref={dialog} className="dialog wide" aria-labelledby="import-title" onClose={props.onClose}>
      <h2 id="import-title">Import customers</h2>
      {step.kind === 'choose' && (
        <div>
          <p>CSV exports from HubSpot, Pipedrive or Google Contacts (in their languages), any other CSV (you choose what each column is), or vCard files (.vcf).</p>
          <button className="primary" onClick={() => void choose()}>
            Choose file…
          </button>
        </div>
      )}
      {source && (
        <div className="import-preview">
          <p>
            <strong>{source.fileName}</strong> — {source.kind === 'csv' ? `${PRESET_LABELS[source.preset]}, ${source.table.rows.length.toLocaleString()} rows` : `vCard, ${source.records.length + source.malformed.length} cards`}
          </p>
          {source.kind === 'csv' && (
            <details open>
              <summary>Columns ({columns.filter((c) => c.imported).length} of {columns.length} imported)</summary>
              <table className="data-table import-columns" aria-label="Column mapping">
                <thead>
                  <tr>
                    <th scope="col">Column</th>
                    <th scope="col">Imported as</th>
                    <th scope="col">Result</th>
                    <th scope="col">First value</th>
                  </tr>
                </thead>
                <tbody>
                  {columns.map((column, i) => (
                    <tr key={`${column.header}-${i}`}>
                      <th scope="row">{column.header}</th>
                      <td>
                        <select aria-label={`Column ${column.header}`} value={column.field} onChange={(e) => setMapping({ ...mapping, [column.header]: e.target.value as TargetField })}>
                          {TARGET_FIELDS.map((f) => (
                            <option key={f} value={f}>
                              {TARGET_LABELS[f]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="reason">
                        {column.note}
                        {column.slash && (
                          <select
                            className="import-date-order"
                            aria-label={`Date order of ${column.header}`}
                            value={column.slash.order}
                            onChange={(e) => setSlashOrders({ ...slashOrders, [column.header]: e.target.value as SlashOrder })}
                          >
                            <option value="mdy">Month first</option>
                            <option value="dmy">Day first</option>
                          </select>
                        )}
                      </td>
                      <td className="muted small">{source.table.rows[0]?.[i]?.slice(0, 40)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
          {!plan && (
            <p role="status">
              {!directory
                ? 'Reading the customers in this workspace…'
                : reading
                  ? `Comparing with the customers in this workspace… ${reading.done.toLocaleString()} of ${reading.total.toLocaleString()}`
                  : 'Comparing with the customers in this workspace…'}
            </p>
          )}
          {plan && (
            <>
              <p className="import-summary" aria-label="Import summary">
                {summarize(plan)}
              </p>
              <ul className="import-counts" aria-label="Import preview">
                <li>
                  <strong>{plan.create.length.toLocaleString()}</strong> new customers
                </li>
                <li>
                  <strong>{plan.merge.length.toLocaleString()}</strong> merged into existing customers
                </li>
                <li>
                  <strong>{plan.unchanged.length.toLocaleString()}</strong> unchanged
                </li>
                <li>
                  <strong>{plan.malformed.length.toLocaleString()}</strong> {plan.malformed.length === 1 ? 'row' : 'rows'} skipped
                </li>
                <li>
                  <strong>{plan.dropped.length.toLocaleString()}</strong> {plan.dropped.length === 1 ? 'value' : 'values'} left out
                </li>
              </ul>
            </>
          )}
          {problems.length > 0 && (
            <section aria-labelledby="import-problems-title">
              <h3 id="import-problems-title">Values that cannot be read ({problems.length.toLocaleString()})</h3>
              <p>Nothing is imported with a guessed value. For each, import its row without it, or skip the row.</p>
              <div className="row" role="group" aria-label="For all of them">
                <button aria-pressed={allDecision === 'drop' && decisions.size === 0} onClick={() => (setAllDecision('drop'), setDecisions(new Map()))}>
                  Import all these rows without them
                </button>
                <button aria-pressed={allDecision === 'skip' && decisions.size === 0} onClick={() => (setAllDecision('skip'), setDecisions(new Map()))}>
                  Skip all these rows
                </button>
              </div>
              <div className="import-problems">
                <table className="data-table" aria-label="Values that cannot be read">
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      <th scope="col">Column</th>
                      <th scope="col">Value</th>
                      <th scope="col">Problem</th>
                      <th scope="col">Choice</th>
                    </tr>
                  </thead>
                  <tbody>
                    {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                      <tr key={problemKey(p)}>
                        <td>{p.sourceRow}</td>
                        <td>{p.column}</td>
                        <td>{p.raw}</td>
                        <td>{p.reason}</td>
                        <td>
                          <select aria-label={`Row ${p.sourceRow}, ${p.column}`} value={decide(p)} onChange={(e) => setDecision(p, e.target.value as ProblemDecision)}>
                            <option value="drop">Import the row without it</option>
                            <option value="skip">Skip the row</option>
                          </select>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {problems.length > SHOWN_PROBLEMS && <p>…and {(problems.length - SHOWN_PROBLEMS).toLocaleString()} more: the choice for all applies to them.</p>}
              </div>
            </section>
          )}
          {plan && plan.merge.length > 0 && (
            <details>
              <summary>Merges ({plan.merge.length.toLocaleString()})</summary>
              <ul className="compact" aria-label="Merges">
                {plan.merge.slice(0, 50).map((m) => (
                  <li key={`${m.customerId}-${m.record.sourceRow}`}>
                    Row {m.record.sourceRow}: {m.record.name} → {session.cards.get(m.customerId)?.name} (by {m.matchedBy}), adds {m.changes.map((c) => describeChange(c, locale)).join('; ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {plan && plan.malformed.length > 0 && (
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
            <button className="primary" disabled={!plan || plan.create.length + plan.merge.length === 0} onClick={() => void confirm()}>
              Confirm import
            </button>
          </div>
        </div>
      )}
      {step.kind === 'running' && (
        <div>
          <p>
            Importing… {step.done.toLocaleString()} of {step.total.toLocaleString()}
          </p>
          <progress aria-label="Import progress" max={step.total} value={step.done} />
        </div>
      )}
      {step.kind === 'done' && (
        <div>
          <p role="status" aria-label="Import result">
            Imported: {step.created.toLocaleString()} new, {step.merged.toLocaleString()} merged{step.unchanged ? `, ${step.unchanged.toLocaleString()} unchanged` : ''}.
          </p>
          <p className="muted">“Undo import” stays on the customer list and in Settings → Imports until you dismiss it.</p>
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
