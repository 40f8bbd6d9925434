import fs from 'node:fs';
import { z } from 'zod';
import { isValidWorkspaceId } from '../shared/sync/rooms';

/**
 * Relay configuration. Every source (CLI flags, environment, tokens file,
 * programmatic options) goes through these zod schemas.
 */
export const DEFAULT_MAX_FRAME_BYTES = 8 * 1024 * 1024;

const workspaceId = z.string().refine(isValidWorkspaceId, 'workspace ids are 1-64 of A-Z a-z 0-9 _ -');
export const tokensSchema = z.record(workspaceId, z.string().min(8, 'tokens are at least 8 characters'));

export const relayOptionsSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(4455),
  dataDir: z.string().min(1),
  tokens: tokensSchema.default({}),
  /** Largest accepted websocket message; larger ones close that connection with 4413. */
  maxFrameBytes: z.number().int().min(1024).default(DEFAULT_MAX_FRAME_BYTES),
  /** Open websockets allowed per client address; more are closed with 4429. */
  maxConnectionsPerIp: z.number().int().min(1).default(1024),
  /** A doc with no connection gives up its Y.Doc (kept encoded in memory, ~6 KB instead of ~110 KB) this long after the last one left. */
  idleSleepMs: z.number().int().min(0).default(2000),
  /** A doc with no connection leaves memory (after being persisted) this long after the last one left. */
  idleUnloadMs: z.number().int().min(0).default(30_000),
  /** A log is compacted once its appended bytes exceed max(this, its last snapshot). */
  compactMinBytes: z.number().int().min(0).default(256 * 1024),
  /** Logs with writes are fsynced this often (power-loss safety; kill -9 needs none). 0 = only on compaction/close. */
  fsyncIntervalMs: z.number().int().min(0).default(1000),
  /** Live catch-up pushes are gathered for this long (ms). */
  catchupPushDelayMs: z.number().int().min(0).default(10),
  /** Websocket ping interval; a client that misses a pong is dropped. */
  pingIntervalMs: z.number().int().min(1000).default(30_000),
  logLevel: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type RelayOptionsInput = z.input<typeof relayOptionsSchema>;
export type RelayConfig = z.output<typeof relayOptionsSchema>;

/** "workspaceA:secret1,workspaceB:secret2" */
export function parseTokenList(list: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = part.indexOf(':');
    if (i <= 0) throw new Error(`bad token entry "${part}": expected workspaceId:secret`);
    out[part.slice(0, i)] = part.slice(i + 1);
  }
  return tokensSchema.parse(out);
}

/** A JSON file: { "workspaceA": "secret1", ... } */
export function readTokensFile(file: string): Record<string, string> {
  return tokensSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

const intString = z.string().regex(/^\d+$/, 'expected a whole number').transform(Number);

const cliSchema = z.object({
  host: z.string().optional(),
  port: intString.optional(),
  dataDir: z.string().optional(),
  tokens: z.string().optional(),
  tokensFile: z.string().optional(),
  maxFrameBytes: intString.optional(),
  maxConnectionsPerIp: intString.optional(),
  idleUnloadMs: intString.optional(),
  idleSleepMs: intString.optional(),
  logLevel: z.string().optional(),
});

const FLAGS: Record<string, keyof z.input<typeof cliSchema>> = {
  '--host': 'host',
  '--port': 'port',
  '--data-dir': 'dataDir',
  '--tokens': 'tokens',
  '--tokens-file': 'tokensFile',
  '--max-frame-bytes': 'maxFrameBytes',
  '--max-connections-per-ip': 'maxConnectionsPerIp',
  '--idle-unload-ms': 'idleUnloadMs',
  '--idle-sleep-ms': 'idleSleepMs',
  '--log-level': 'logLevel',
};

const ENV: Record<string, keyof z.input<typeof cliSchema>> = {
  RAPPORT_RELAY_HOST: 'host',
  RAPPORT_RELAY_PORT: 'port',
  RAPPORT_RELAY_DATA_DIR: 'dataDir',
  RAPPORT_RELAY_TOKENS: 'tokens',
  RAPPORT_RELAY_TOKENS_FILE: 'tokensFile',
  RAPPORT_RELAY_MAX_FRAME_BYTES: 'maxFrameBytes',
  RAPPORT_RELAY_MAX_CONNECTIONS_PER_IP: 'maxConnectionsPerIp',
  RAPPORT_RELAY_IDLE_UNLOAD_MS: 'idleUnloadMs',
  RAPPORT_RELAY_IDLE_SLEEP_MS: 'idleSleepMs',
  RAPPORT_RELAY_LOG_LEVEL: 'logLevel',
};

export const USAGE = `Usage: npm run relay -- [flags]
  --host <addr>                  RAPPORT_RELAY_HOST                  (default 127.0.0.1)
  --port <n>                     RAPPORT_RELAY_PORT                  (default 4455; 0 = any free port)
  --data-dir <dir>               RAPPORT_RELAY_DATA_DIR              (default ./relay-data)
  --tokens <ws:secret,...>       RAPPORT_RELAY_TOKENS
  --tokens-file <file.json>      RAPPORT_RELAY_TOKENS_FILE           ({"workspaceId": "secret"})
  --max-frame-bytes <n>          RAPPORT_RELAY_MAX_FRAME_BYTES       (default 8388608 = 8 MiB)
  --max-connections-per-ip <n>   RAPPORT_RELAY_MAX_CONNECTIONS_PER_IP (default 1024)
  --idle-unload-ms <n>           RAPPORT_RELAY_IDLE_UNLOAD_MS        (default 30000)
  --idle-sleep-ms <n>            RAPPORT_RELAY_IDLE_SLEEP_MS         (default 2000)
  --log-level <level>            RAPPORT_RELAY_LOG_LEVEL             (debug|info|warn|error|silent)
Flags win over environment variables. Tokens from --tokens and --tokens-file are merged.`;

/** Builds relay options from argv (without node/script) and the environment. */
export function configFromCli(argv: string[], env: Record<string, string | undefined>): RelayConfig {
  const raw: Record<string, string> = {};
  for (const [name, key] of Object.entries(ENV)) {
    const v = env[name];
    if (v !== undefined && v !== '') raw[key] = v;
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const key = FLAGS[flag];
    if (key === undefined) throw new Error(`unknown flag ${flag}\n${USAGE}`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    raw[key] = value;
  }
  const cli = cliSchema.parse(raw);
  const tokens = {
    ...(cli.tokensFile !== undefined ? readTokensFile(cli.tokensFile) : {}),
    ...(cli.tokens !== undefined ? parseTokenList(cli.tokens) : {}),
  };
  return relayOptionsSchema.parse({
    host: cli.host,
    port: cli.port,
    dataDir: cli.dataDir ?? './relay-data',
    tokens,
    maxFrameBytes: cli.maxFrameBytes,
    maxConnectionsPerIp: cli.maxConnectionsPerIp,
    idleUnloadMs: cli.idleUnloadMs,
    idleSleepMs: cli.idleSleepMs,
    logLevel: cli.logLevel,
  });
}
