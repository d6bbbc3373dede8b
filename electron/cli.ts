import { commands } from './cli/commands/index';
import { CliError, print } from './cli/io';
import { DatabaseCorruptError, DatabaseTooNewError } from '../db/open';
import { CloudFolderError } from './features/backup/cloud-folders';
import { KeyringUnreadableError } from './features/keys/keyring';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'komak — records, care and reports for one social-care facility',
    '',
    'Usage: komak <command> [options]     (komak <command> --help for its options)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Commands that open a facility take --db FILE (or KOMAK_DB) and act as the user',
    'given by KOMAK_USER and KOMAK_PASSWORD.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(help());
    return 0;
  }
  if (name === '--version' || name === '-v') return main(['version']);
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    print(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return (await command.run(rest)) ?? 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`komak ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    if (
      e instanceof DatabaseTooNewError ||
      e instanceof DatabaseCorruptError ||
      e instanceof CloudFolderError ||
      e instanceof KeyringUnreadableError
    ) {
      process.stderr.write(`komak ${name}: ${e.message}\n`);
      return 4;
    }
    throw e;
  }
}

if (process.env.KOMAK_CLI_NO_AUTORUN !== '1') {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`komak: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
