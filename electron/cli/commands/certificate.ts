// `komak certificate create|import|export` — the facility's signing certificate from the command line.
import { readFileSync, writeFileSync } from 'node:fs';
import { callAs, CliError, dbFileFrom, parse, print, readStdin, withUser, type CliCommand } from '../io';

export const certificateCommand: CliCommand = {
  name: 'certificate',
  summary: "Create or import the facility's signing key and certificate, or export the certificate for the agency.",
  usage: `komak certificate create --signing-password-stdin [--replace] --db FILE
       komak certificate import FILE.p12 --passwords-stdin [--replace] --db FILE
       komak certificate export [--out FILE.pem] --db FILE

  create: an RSA-2048 key and a self-signed certificate (facility name, STIR, region); the key is
          kept encrypted under the signing password read from standard input (the manager only).
  import: a .p12/.pfx certificate issued to the facility (RSA). Standard input holds two lines: the
          file's own password, then the new signing password the key is kept under.
  export: the public certificate (PEM) and its SHA-256 fingerprint, for the agency to register.`,
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      {
        'signing-password-stdin': { type: 'boolean' },
        'passwords-stdin': { type: 'boolean' },
        replace: { type: 'boolean' },
        out: { type: 'string' },
      },
      true,
    );
    const [action, ...extra] = positionals;
    const usage = () => new CliError(`Usage:\n${this.usage.split('\n').slice(0, 3).join('\n')}`, 2);
    if (action === 'import' ? extra.length !== 1 : extra.length || (action !== 'create' && action !== 'export')) throw usage();
    const dbFile = dbFileFrom(values);
    if (action === 'import') {
      if (!values['passwords-stdin'])
        throw new CliError('Give the .p12 password and the new signing password on standard input (two lines) with --passwords-stdin.', 2);
      const [filePassword = '', signingPassword = ''] = (await readStdin()).split(/\r?\n/);
      let file: Buffer;
      try {
        file = readFileSync(extra[0]!);
      } catch {
        throw new CliError(`Cannot read ${extra[0]}.`, 2);
      }
      const key = await withUser(dbFile, (backend, ctx) =>
        callAs(backend, ctx, 'signing.importKey', {
          fileBase64: file.toString('base64'),
          filePassword,
          signingPassword,
          confirmPassword: signingPassword,
          replace: values.replace === true,
        }),
      );
      print(`Signing certificate imported.\nSubject: ${key.subject}\nSHA-256 fingerprint: ${key.fingerprint}`);
      return;
    }
    if (action === 'create') {
      if (!values['signing-password-stdin'])
        throw new CliError('Give the new signing password on standard input with --signing-password-stdin.', 2);
      const password = (await readStdin()).replace(/\r?\n$/, '');
      const key = await withUser(dbFile, (backend, ctx) =>
        callAs(backend, ctx, 'signing.createKey', {
          signingPassword: password,
          confirmPassword: password,
          replace: values.replace === true,
        }),
      );
      print(`Signing key created.\nSubject: ${key.subject}\nSHA-256 fingerprint: ${key.fingerprint}`);
      return;
    }
    const cert = await withUser(dbFile, (backend, ctx) => callAs(backend, ctx, 'signing.exportCertificate', {}));
    if (values.out) {
      writeFileSync(values.out, cert.pem);
      print(`Wrote ${values.out}.\nSubject: ${cert.subject}\nSHA-256 fingerprint: ${cert.fingerprint}`);
    } else print(cert.pem);
  },
};
