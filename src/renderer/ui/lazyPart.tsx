import { Component, Suspense, use, type ComponentType, type ReactNode } from 'react';
import { RetryIcon } from './icons';
import './lazyPart.css';

/**
 * A part of the app (a view, a dialog) that is its own chunk of script, fetched
 * the first time it is shown or preloaded: the customer list's first load parses
 * only what the list needs (issue 15). While the chunk loads, a "Loading…" status;
 * if it cannot be fetched (offline before the service worker stored it, a
 * deployment that removed it), an alert with Retry, which fetches it again.
 *
 * Not React.lazy: a lazy component keeps a failed load for good, so Retry could
 * never work. This is the same Suspense mechanism (`use` of the import's
 * promise), with the promise dropped on failure. The promise is also kept once
 * it resolved, so a part that is already loaded renders at once, without a
 * Suspense round (no "Loading…" frame when it was preloaded).
 */
export interface LazyPart<P extends object> {
  (props: P): ReactNode;
  /** Starts fetching the chunk (once); resolves when it is loaded, never rejects. */
  preload(): Promise<void>;
  /** Whether the chunk is loaded (the part renders without a Suspense round). */
  loaded(): boolean;
}

/** A chunk that could not be fetched or evaluated: the boundary offers Retry for these only. */
export class PartLoadError extends Error {
  constructor(
    readonly part: string,
    cause: unknown,
  ) {
    super(`${part} could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PartLoadError';
  }
}

export interface LazyPartOptions {
  /**
   * Shows nothing while loading and nothing if the load fails: for parts that
   * render nothing the user sees (the customer page warm-up).
   */
  silent?: boolean;
}

export function lazyPart<P extends object>(name: string, load: () => Promise<ComponentType<P>>, options: LazyPartOptions = {}): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  // A failed load stays the answer until Retry forgets it: React renders again after an
  // error before it shows the boundary, and a new import each time would never end.
  const start = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        throw new PartLoadError(name, error);
      },
    ));
  const forgetFailure = () => {
    if (!loaded) pending = null;
  };

  function Loaded(props: P) {
    const Part = loaded ?? use(start());
    return <Part {...props} />;
  }

  // Always the same tree, loaded or not: a part first shown while loading must not
  // remount (losing its state) when it renders again after the load.
  function Part(props: P) {
    return (
      <PartBoundary name={name} silent={options.silent === true} onRetry={forgetFailure}>
        <Suspense fallback={options.silent ? null : <PartLoading />}>
          <Loaded {...props} />
        </Suspense>
      </PartBoundary>
    );
  }
  Part.displayName = `LazyPart(${name})`;
  // A preload that fails is forgotten at once: nothing shows it, and the part's first render tries again.
  Part.preload = () =>
    start().then(
      () => undefined,
      () => forgetFailure(),
    );
  Part.loaded = () => loaded !== null;
  return Part;
}

function PartLoading() {
  return (
    <div className="part-loading" role="status">
      Loading…
    </div>
  );
}

interface BoundaryProps {
  name: string;
  silent: boolean;
  /** Forgets the failed load, so the next render imports again. */
  onRetry: () => void;
  children: ReactNode;
}

/** Catches a part's failed load (only that: other errors go on to the boundaries above). */
class PartBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  // Shown again later (another visit to the view): a new try, not the old failure.
  override componentWillUnmount(): void {
    if (this.state.error instanceof PartLoadError) this.props.onRetry();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    // Any other error is not ours to explain: thrown again, to the boundaries above.
    if (!(error instanceof PartLoadError)) throw error;
    if (this.props.silent) return null;
    return (
      <div className="banner error part-error" role="alert">
        <p>
          {this.props.name} could not be loaded. If this device is offline, this part of Rapport may not be stored on it yet: connect, then retry.
        </p>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry();
            this.setState({ error: null });
          }}
        >
          <RetryIcon aria-hidden="true" />
          Retry
        </button>
      </div>
    );
  }
}
