// The backend's own process: Electron's utilityProcess runs this file, so a long report or import
// never freezes the window. Plain Node, no Electron import: under Node it serves a forked IPC channel.
import { createBackend } from './backend';
import { attachHost, dbFileFrom, processPort } from './backend-host-core';

const port = processPort();
const dbFile = dbFileFrom(process.argv, process.env);
if (!port || !dbFile) {
  console.error('[komak backend] needs a parent port and --db=FILE (or KOMAK_DB).');
  process.exit(2);
}
attachHost(
  port,
  () => createBackend({ dbFile }),
  () => process.exit(0),
);
