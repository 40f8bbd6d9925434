import { useEffect, useRef, useState } from 'react';
import { matchSteps, planSteps, type DirectoryEntry, type ImportPlan, type ProblemDecision } from '../../shared/import/plan';
import { recordSteps, type ReadOptions, type ReadRecords } from '../../shared/import/records';
import { runSliced } from '../../shared/import/slices';
import type { ExistingState } from '../../shared/import/merge';
import type { ColumnMapping, ValueProblem } from '../../shared/import/types';
import type { WorkspaceSession } from '../workspace/session';
import type { ImportSource } from './importSource';
import { loadExistingStates } from './existingCustomers';
import { Superseded, uiSlicer } from './uiSlicer';

/**
 * The preview of an import, computed in slices so a 50,000-row file never
 * holds the UI: the file's records through the mapping, then (once the
 * workspace's customers are known) matching, the matched customers as stored,
 * and the plan. A change of mapping, reading option or decision starts over (the customers
 * read are kept); until the new plan is ready there is none, so nothing stale
 * can be confirmed.
 */
export function useImportPreview(
  session: WorkspaceSession,
  source: ImportSource | null,
  mapping: ColumnMapping,
  options: ReadOptions,
  decide: (problem: ValueProblem) => ProblemDecision,
  directory: DirectoryEntry[] | null,
  label: string,
  onError: (message: string) => void,
): { parsed: ReadRecords | null; plan: ImportPlan | null; reading: { done: number; total: number } | null } {
  const [parsed, setParsed] = useState<ReadRecords | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const states = useRef(new Map<string, ExistingState>());
  const report = useRef(onError);
  report.current = onError;

  useEffect(() => {
    setParsed(null);
    if (!source) return;
    if (source.kind === 'vcard') {
      setParsed(source);
      return;
    }
    let cancelled = false;
    runSliced(recordSteps(source.table, mapping, options), uiSlicer(() => cancelled)).then(
      (records) => !cancelled && setParsed(records),
      (e: unknown) => !(e instanceof Superseded) && report.current(`The file could not be read: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      cancelled = true;
    };
  }, [source, mapping, options]);

  useEffect(() => {
    setPlan(null);
    if (!parsed || !directory) return;
    let cancelled = false;
    const slicer = uiSlicer(() => cancelled);
    void (async () => {
      const matching = await runSliced(matchSteps(parsed.records, directory, decide), slicer);
      const ids = matching.matches.map((m) => m.customerId);
      await loadExistingStates(session, ids, states.current, (done, total) => !cancelled && setReading({ done, total }), slicer);
      if (cancelled) return;
      setReading(null);
      const next = await runSliced(planSteps(matching, states.current, parsed.malformed, label, decide), slicer);
      if (!cancelled) setPlan(next);
    })().catch((e: unknown) => {
      if (!(e instanceof Superseded)) report.current(`The existing customers could not be read: ${e instanceof Error ? e.message : String(e)}`);
    });
    return () => {
      cancelled = true;
    };
  }, [parsed, directory, decide, label, session]);

  return { parsed, plan, reading };
}
