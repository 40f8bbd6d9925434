// Entry of the Electron main process (electron.vite.config.ts points here; it
// builds to out/main/index.js). Everything Electron-specific lives in this
// folder; the rest of src/main is plain Node, tested without the Electron binary.
import { startDesktopApp } from './app';

startDesktopApp();
