import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { configFromCli, parseTokenList } from '../../src/relay/config';
import { tempDir } from '../fixtures/relay/helpers';

describe('relay configuration', () => {
  it('reads flags and environment variables, flags winning', () => {
    const file = path.join(tempDir(), 'tokens.json');
    fs.writeFileSync(file, JSON.stringify({ fromFile: 'file-secret-1' }));
    const config = configFromCli(['--port', '5000', '--tokens=acme:secret-one,globex:secret-two', '--idle-sleep-ms', '10'], {
      RAPPORT_RELAY_PORT: '4000',
      RAPPORT_RELAY_HOST: '0.0.0.0',
      RAPPORT_RELAY_DATA_DIR: '/tmp/x',
      RAPPORT_RELAY_TOKENS_FILE: file,
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 5000,
      dataDir: '/tmp/x',
      tokens: { acme: 'secret-one', globex: 'secret-two', fromFile: 'file-secret-1' },
      idleSleepMs: 10,
      maxFrameBytes: 8 * 1024 * 1024,
    });
  });

  it('rejects bad values with a message', () => {
    expect(() => configFromCli(['--port', 'eighty'], {})).toThrow(/whole number/);
    expect(() => configFromCli(['--port', '70000'], {})).toThrow();
    expect(() => configFromCli(['--nope'], {})).toThrow(/unknown flag/);
    expect(() => parseTokenList('acme')).toThrow(/workspaceId:secret/);
    expect(() => parseTokenList('acme:short')).toThrow(/8 characters/);
    expect(() => parseTokenList('bad/id:long-enough-secret')).toThrow(/workspace ids/);
    expect(() => configFromCli([], { RAPPORT_RELAY_LOG_LEVEL: 'loud' })).toThrow();
  });
});
