import type { CliCommand } from '../io';
import { initCommand } from './init';
import { serveCommand } from './serve';
import { versionCommand } from './version';
import { auditCommand } from './audit';

/** Every `komak` command, one line each. */
export const commands: CliCommand[] = [initCommand, serveCommand, versionCommand, auditCommand];
