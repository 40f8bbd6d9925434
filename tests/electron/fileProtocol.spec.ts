import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { binary, launchBuiltApp, skipReason, type LaunchedApp } from './launchApp';

/**
 * file:// in the real app session: a session-level fetch (which goes through the session's protocol
 * handlers, below the page's CSP) gets a network error for a file that exists, while the app's own
 * scheme keeps serving (the decision itself: src/main/security/fileScheme.test.ts).
 */
let launched: LaunchedApp | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'rapport-file-spec-'));
const secret = join(scratch, 'secret.txt');
writeFileSync(secret, 'a customer secret');

test.describe('file:// refused', () => {
  test.skip(!binary.path, skipReason);

  test.beforeAll(async () => {
    launched = await launchBuiltApp();
  });
  test.afterAll(async () => {
    await launched?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('a file URL fails in the default session; rapport://app still serves', async () => {
    const results = await launched!.app.evaluate(async ({ session }, urls) => {
      const attempt = (url: string) =>
        session.defaultSession.fetch(url).then(
          async (response) => `served ${response.status}: ${await response.text()}`,
          (error: Error) => `failed: ${error.message}`,
        );
      return { file: await attempt(urls.file), app: await attempt(urls.app) };
    }, { file: pathToFileURL(secret).href, app: 'rapport://app/index.html' });
    expect(results.file).toMatch(/^failed/);
    expect(results.file).not.toContain('a customer secret');
    expect(results.app).toMatch(/^served 200/);
  });
});
