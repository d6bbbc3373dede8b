import type { CliCommand } from '../io';
import { initCommand } from './init';
import { serveCommand } from './serve';
import { versionCommand } from './version';
import { auditCommand } from './audit';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';

/** Every `komak` command, one line each. */
export const commands: CliCommand[] = [initCommand, serveCommand, versionCommand, auditCommand, backupCommand, restoreCommand];
