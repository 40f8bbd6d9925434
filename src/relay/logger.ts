/**
 * Structured logs: one JSON object per line on stdout/stderr, always with
 * `time`, `level` and `event`, so they can be grepped or shipped as they are.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void;
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export type LogSink = (line: string, level: LogLevel) => void;

const defaultSink: LogSink = (line, level) => {
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
};

export function createLogger(minLevel: LogLevel | 'silent' = 'info', sink: LogSink = defaultSink): Logger {
  const min = minLevel === 'silent' ? Infinity : ORDER[minLevel];
  const log = (level: LogLevel, event: string, fields?: LogFields): void => {
    if (ORDER[level] < min) return;
    let line: string;
    try {
      line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
    } catch {
      line = JSON.stringify({ time: new Date().toISOString(), level, event, note: 'fields not serialisable' });
    }
    sink(line, level);
  };
  return {
    log,
    debug: (e, f) => log('debug', e, f),
    info: (e, f) => log('info', e, f),
    warn: (e, f) => log('warn', e, f),
    error: (e, f) => log('error', e, f),
  };
}

export function errorFields(err: unknown): LogFields {
  return err instanceof Error ? { error: err.message } : { error: String(err) };
}
