import type { CliCommand } from '../io';
import { initCommand } from './init';
import { serveCommand } from './serve';
import { versionCommand } from './version';
import { importCommand } from './import';
import { reportCommand } from './report';
import { bcvCommand } from './bcv';
import { facilityCommand } from './facility';
import { claimCommand } from './claim';
import { verifyCommand } from './verify';
import { certificateCommand } from './certificate';
import { auditCommand } from './audit';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { demoCommand } from './demo';

/** Every `komak` command, one line each. */
// prettier-ignore
export const commands: CliCommand[] = [
  initCommand,
  serveCommand,
  versionCommand,
  importCommand,
  reportCommand,
  bcvCommand,
  facilityCommand,
  claimCommand,
  verifyCommand,
  certificateCommand,
  auditCommand,
  backupCommand,
  restoreCommand,
  demoCommand,
];
