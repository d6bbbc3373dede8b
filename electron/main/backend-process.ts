// Starts the backend in an Electron utilityProcess and adapts it to the plain ChildLike interface.
import { utilityProcess } from 'electron';
import type { ChildLike } from './backend-client';

export interface BackendProcessOptions {
  hostScript: string;
  dbFile: string;
  resourcesDir: string | undefined;
}

export function spawnBackendProcess(options: BackendProcessOptions): ChildLike {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.KOMAK_DB = options.dbFile;
  if (options.resourcesDir) env.KOMAK_RESOURCES = options.resourcesDir;
  const child = utilityProcess.fork(options.hostScript, [`--db=${options.dbFile}`], {
    serviceName: 'Komak data service',
    env,
    stdio: 'inherit',
  });
  return {
    postMessage: (m) => child.postMessage(m),
    onMessage: (l) => child.on('message', l),
    onExit: (l) => child.on('exit', l),
    kill: () => void child.kill(),
  };
}
