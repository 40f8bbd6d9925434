import { useState } from 'react';
import { useApp } from '../app/AppContext';
import type { DemoProgress } from '../workspace/demoWorkspace';
import { SampleIcon } from '../ui/icons';

const SIZES = [1000, 5000] as const;

/**
 * Settings -> Advanced -> Generate a demo workspace: a new local workspace filled
 * with the sample generator's customers (1,000 or 5,000), with its progress while
 * it is written; it opens when done. The workspace you are in is not touched.
 */
export function DemoWorkspacePanel() {
  const app = useApp();
  const [size, setSize] = useState<(typeof SIZES)[number]>(1000);
  const [progress, setProgress] = useState<DemoProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  const generate = async () => {
    setError(null);
    setProgress({ written: 0, total: size });
    try {
      // The generator and its notebook template load only when asked for.
      const { generateDemoWorkspace } = await import('../workspace/demoWorkspace');
      const workspace = await generateDemoWorkspace(app.meta, size, setProgress);
      await app.openWorkspace(workspace);
    } catch (e) {
      setProgress(null);
      setError(`The demo workspace could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const busy = progress !== null;
  return (
    <section aria-labelledby="demo-title">
      <h3 id="demo-title">Generate a demo workspace</h3>
      <p className="hint">A new workspace on this device full of made-up customers, their notes, purchases and follow-ups, to try Rapport at scale. The workspace you are in stays as it is.</p>
      <div className="row demo-row">
        <fieldset className="demo-size" disabled={busy}>
          <legend className="field-label">Size</legend>
          <div className="segmented" role="radiogroup" aria-label="Demo size">
            {SIZES.map((option) => (
              <label key={option} className="segmented-option">
                <input type="radio" name="demo-size" value={option} checked={size === option} onChange={() => setSize(option)} />
                {option.toLocaleString()} customers
              </label>
            ))}
          </div>
        </fieldset>
        <button disabled={busy} onClick={() => void generate()}>
          <SampleIcon aria-hidden="true" />
          Generate demo workspace
        </button>
      </div>
      {progress && (
        <div className="demo-progress">
          <progress aria-label="Demo workspace progress" max={progress.total} value={progress.written} />
          <p role="status" aria-label="Demo workspace" className="small">
            {progress.written < progress.total
              ? `Writing ${progress.written.toLocaleString()} of ${progress.total.toLocaleString()} customers…`
              : `${progress.total.toLocaleString()} customers written: opening the demo workspace…`}
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
