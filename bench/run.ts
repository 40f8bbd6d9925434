import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run bench [-- name ...]`: runs the benchmarks (all, or the ones named)
 * and merges their figures into bench/results.json, which is committed.
 */
const SUITES: Record<string, string> = {
  workspace: './workspace.ts',
  relay: './relay.ts',
  insights: './insights.ts',
  search: './search.ts',
  story: './story.ts',
  import: './import.ts',
  bundle: './bundle.ts',
  merge: './merge.ts',
  list: './list.ts',
  crypto: './crypto.ts',
};

const RESULTS = join(import.meta.dirname, 'results.json');

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length > 0 ? wanted : Object.keys(SUITES);
  let results: Record<string, unknown> = {};
  try {
    results = JSON.parse(await readFile(RESULTS, 'utf8')) as Record<string, unknown>;
  } catch {
    // first run
  }
  let failed = false;
  for (const name of names) {
    const path = SUITES[name];
    if (!path) throw new Error(`Unknown benchmark ${name}; known: ${Object.keys(SUITES).join(', ')}`);
    console.log(`\n== bench ${name}`);
    const started = Date.now();
    try {
      const suite = (await import(path)) as { run(): Promise<Record<string, unknown>> };
      const figures = await suite.run();
      results[name] = { ...figures, ranAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000) };
      console.log(JSON.stringify(figures, null, 2));
    } catch (error) {
      failed = true;
      console.error(`bench ${name} failed:`, error);
    }
  }
  // A partial run of a suite (BENCH_OPEN_ONLY, BENCH_TYPING_ONLY) is for a quick look: its figures are not the record.
  if (process.env.BENCH_OPEN_ONLY === '1' || process.env.BENCH_TYPING_ONLY === '1') process.exit(failed ? 1 : 0);
  results.machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults written to ${RESULTS}`);
  // Exit explicitly: after the whole series some handle (a load-test client socket or child
  // process of the relay suite) can outlive its suite and would keep `npm run bench` waiting.
  process.exit(failed ? 1 : 0);
}

void main();
