import { parse, dbFileFrom, CliError, print, openBackend, recoveryKeyFrom, callAs, damagedMessage, type CliCommand } from '../io';
import { startServer } from '../../serve';
import { lanNames } from '../../features/lan/certificate';
import type { Backend } from '../../backend';
import { keepOldGenerationTight } from '../../heap-tuning';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** LAN mode is a manager's decision: their sign-in opens the database and makes the certificate. */
async function enableLan(backend: Backend): Promise<{ cert: string; key: string; fingerprint: string }> {
  const { KOMAK_USER: username, KOMAK_PASSWORD: password } = process.env;
  if (!username || !password) throw new CliError("LAN mode needs a manager's credentials: set KOMAK_USER and KOMAK_PASSWORD.", 2);
  const session = await callAs(backend, {}, 'auth.signIn', { username, password });
  const ctx = { token: session.token };
  try {
    if (session.user.role !== 'manager') throw new CliError("LAN mode needs a manager's credentials.", 2);
    await callAs(backend, ctx, 'lan.enable', {});
  } finally {
    await callAs(backend, ctx, 'auth.signOut', {});
  }
  const tls = await backend.tlsCertificate();
  if (!tls) throw new CliError('The LAN certificate could not be made.');
  return { cert: tls.certPem, key: tls.keyPem, fingerprint: tls.fingerprint };
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Serve the app to browsers on this PC (http://127.0.0.1:5174 by default), or the office network with --lan.',
  usage: `komak serve --db FILE [--port 5174] [--host 127.0.0.1] [--recovery-key-file FILE]
komak serve --db FILE --lan [--port 5174] [--host 0.0.0.0]      (as a manager: KOMAK_USER/KOMAK_PASSWORD)
  An encrypted database opens with KOMAK_USER/KOMAK_PASSWORD or the recovery key
  (--recovery-key-file or KOMAK_RECOVERY_KEY); without them it stays locked until the first sign-in.
  A damaged database is still served: the app explains it and offers the newest verified backup.
  The daily automatic backup runs while serving, unless KOMAK_AUTO_BACKUP=off.
  --lan serves tablets on the office network over HTTPS with the facility's own certificate, and
  limits sign-in attempts per device. Compare the fingerprint printed here with the tablet's.`,
  async run(argv) {
    keepOldGenerationTight();
    const { values } = parse(argv, { port: { type: 'string' }, host: { type: 'string' }, lan: { type: 'boolean' } });
    const port = Number(values.port ?? process.env.KOMAK_PORT ?? 5174);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port must be a number from 0 to 65535.', 2);
    const lan = values.lan === true;
    const host = values.host ?? (lan ? '0.0.0.0' : '127.0.0.1');
    if (!lan && !LOOPBACK.has(host))
      throw new CliError('Other devices are served only in LAN mode: use --lan (HTTPS, needs a manager).', 2);
    const dbFile = dbFileFrom(values);
    // KOMAK_AUTO_BACKUP=off: for a demonstration or a test that must see "no backup yet".
    const autoBackup = process.env.KOMAK_AUTO_BACKUP !== 'off';
    const backend = await openBackend(dbFile, { recoveryKey: recoveryKeyFrom(values), allowDamaged: !lan, autoBackup });
    let tls: { cert: string; key: string; fingerprint: string } | undefined;
    try {
      const { KOMAK_USER: username, KOMAK_PASSWORD: password } = process.env;
      if (lan) tls = await enableLan(backend);
      else if (backend.status().state === 'locked' && username && password) {
        // Signing in opens the database; the CLI's own session ends at once.
        const session = await callAs(backend, {}, 'auth.signIn', { username, password });
        await callAs(backend, { token: session.token }, 'auth.signOut', {});
      }
    } catch (e) {
      await backend.close();
      throw e;
    }
    const server = await startServer({ dbFile, port, host, backend, tls, lan });
    const actualPort = new URL(server.url).port;
    if (tls) {
      const hosts = host === '0.0.0.0' ? [...lanNames().ips.filter((ip) => ip !== '127.0.0.1'), lanNames().dns[0]!] : [host];
      print(`Komak is serving the office network over HTTPS:`);
      for (const h of hosts) print(`  https://${h}:${actualPort}`);
      print(`Certificate fingerprint (SHA-256), to compare on each tablet the first time:\n  ${tls.fingerprint}`);
    } else print(`Komak is serving ${server.url}`);
    if (backend.status().state === 'locked') print('The database is encrypted and stays locked until the first sign-in.');
    const status = backend.status();
    if (status.state === 'damaged') {
      print(`${damagedMessage(dbFile, status.problem?.kind ?? 'damaged')}\nThe app explains this and offers the newest verified backup.`);
    }
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => undefined);
  },
};
