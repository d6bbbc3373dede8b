import type { CliCommand } from '../io';
import { initCommand } from './init';
import { serveCommand } from './serve';
import { versionCommand } from './version';
import { importCommand } from './import';
import { bcvCommand } from './bcv';
import { facilityCommand } from './facility';
import { claimCommand } from './claim';

/** Every `komak` command, one line each. */
export const commands: CliCommand[] = [initCommand, serveCommand, versionCommand];
commands.push(importCommand);
commands.push(bcvCommand, facilityCommand, claimCommand);
