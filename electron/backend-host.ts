// The backend's own process: Electron's utilityProcess runs this file, so a long report or import
// never freezes the window. Plain Node, no Electron import: under Node it serves a forked IPC channel.
import { createBackend } from './backend';
import { attachHost, dbFileFrom, processPort } from './backend-host-core';
import { deviceOverPort } from './features/keys/device-channel';
import { keepOldGenerationTight } from './heap-tuning';

keepOldGenerationTight();
const port = processPort();
const dbFile = dbFileFrom(process.argv, process.env);
if (!port || !dbFile) {
  console.error('[komak backend] needs a parent port and --db=FILE (or KOMAK_DB).');
  process.exit(2);
}
// The main process keeps the database key protected for this PC (safeStorage), so the backend
// opens at start and after a restart without asking anyone to sign in first.
const device = deviceOverPort(
  (m) => port.postMessage(m),
  (l) => port.onMessage(l),
  'main-process',
);
attachHost(
  port,
  () => createBackend({ dbFile, device }),
  () => process.exit(0),
);
