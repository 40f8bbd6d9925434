import { join } from 'node:path';

/**
 * Where the built pieces sit relative to the built main bundle (out/main):
 * electron-vite emits the preload as out/preload/index.cjs (a sandboxed
 * preload must be CommonJS) and the renderer into out/renderer.
 */
export function builtPaths(mainDir: string): { preload: string; rendererRoot: string } {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererRoot: join(mainDir, '..', 'renderer'),
  };
}
