/**
 * The Rapport sync relay. src/main embeds it for LAN hosting; `npm run relay`
 * runs it standalone (cli.ts). See README.md in this folder.
 */
export { startRelay, type StartRelayOptions, type RelayHandle, type RelayStats } from './server';
export { configFromCli, parseTokenList, readTokensFile, relayOptionsSchema, DEFAULT_MAX_FRAME_BYTES, USAGE, type RelayConfig, type RelayOptionsInput } from './config';
export { createLogger, type Logger, type LogLevel, type LogSink } from './logger';
export { generateToken } from './generateToken';
