/** Tests and benchmarks find Chromium the way the story command line does. */
export { findChromium, chromiumArgs } from '../../src/cli/chromium.ts';
