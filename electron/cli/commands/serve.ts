import { parse, dbFileFrom, CliError, print, openBackend, recoveryKeyFrom, callAs, type CliCommand } from '../io';
import { startServer } from '../../serve';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Serve the app to browsers on this PC (http://127.0.0.1:5174 by default).',
  usage: `komak serve --db FILE [--port 5174] [--host 127.0.0.1] [--recovery-key-file FILE]
  An encrypted database opens with KOMAK_USER/KOMAK_PASSWORD or the recovery key
  (--recovery-key-file or KOMAK_RECOVERY_KEY); without them it stays locked until the first sign-in.`,
  async run(argv) {
    const { values } = parse(argv, { port: { type: 'string' }, host: { type: 'string' } });
    const port = Number(values.port ?? process.env.KOMAK_PORT ?? 5174);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port must be a number from 0 to 65535.', 2);
    const dbFile = dbFileFrom(values);
    const backend = await openBackend(dbFile, { recoveryKey: recoveryKeyFrom(values) });
    try {
      const { KOMAK_USER: username, KOMAK_PASSWORD: password } = process.env;
      if (backend.status().state === 'locked' && username && password) {
        // Signing in opens the database; the CLI's own session ends at once.
        const session = await callAs(backend, {}, 'auth.signIn', { username, password });
        await callAs(backend, { token: session.token }, 'auth.signOut', {});
      }
    } catch (e) {
      await backend.close();
      throw e;
    }
    const server = await startServer({ dbFile, port, host: values.host ?? '127.0.0.1', backend });
    print(`Komak is serving ${server.url}`);
    if (backend.status().state === 'locked') print('The database is encrypted and stays locked until the first sign-in.');
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => undefined);
  },
};
