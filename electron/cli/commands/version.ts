import { print, type CliCommand } from '../io';
import { APP_VERSION } from '../../version';

export const versionCommand: CliCommand = {
  name: 'version',
  summary: 'Print the Komak version.',
  usage: 'komak version',
  async run() {
    print(`komak ${APP_VERSION} (node ${process.versions.node})`);
  },
};
