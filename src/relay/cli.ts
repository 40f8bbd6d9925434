import { configFromCli, USAGE } from './config';
import { startRelay } from './server';
import { createLogger } from './logger';

/** `npm run relay -- --port 4455 --data-dir ./relay-data --tokens ws1:secret123` */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  let config;
  try {
    config = configFromCli(args, process.env);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
    return;
  }
  const logger = createLogger(config.logLevel);
  if (Object.keys(config.tokens).length === 0) logger.warn('relay.no_tokens', { note: 'no workspace token configured: every connection will be refused' });
  const relay = await startRelay({ ...config, logger });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('relay.signal', { signal });
    relay.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error('relay.stop_failed', { error: String(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('uncaughtException', (err) => logger.error('relay.uncaught', { error: err.message, stack: err.stack }));
  process.on('unhandledRejection', (err) => logger.error('relay.unhandled_rejection', { error: String(err) }));
}

void main();
