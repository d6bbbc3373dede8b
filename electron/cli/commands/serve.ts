import { parse, dbFileFrom, CliError, print, type CliCommand } from '../io';
import { startServer } from '../../serve';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Serve the app to browsers on this PC (http://127.0.0.1:5174 by default).',
  usage: 'komak serve --db FILE [--port 5174] [--host 127.0.0.1]',
  async run(argv) {
    const { values } = parse(argv, { port: { type: 'string' }, host: { type: 'string' } });
    const port = Number(values.port ?? process.env.KOMAK_PORT ?? 5174);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port must be a number from 0 to 65535.', 2);
    const server = await startServer({ dbFile: dbFileFrom(values), port, host: values.host ?? '127.0.0.1' });
    print(`Komak is serving ${server.url}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => undefined);
  },
};
