import type { CliCommand } from '../io';
import { initCommand } from './init';
import { serveCommand } from './serve';
import { versionCommand } from './version';
import { importCommand } from './import';
import { reportCommand } from './report';
import { auditCommand } from './audit';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';

/** Every `komak` command, one line each. */
// prettier-ignore
export const commands: CliCommand[] = [
  initCommand,
  serveCommand,
  versionCommand,
  importCommand,
  reportCommand,
  auditCommand,
  backupCommand,
  restoreCommand,
];
