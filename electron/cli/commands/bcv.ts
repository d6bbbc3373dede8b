import { callAs, CliError, dbFileFrom, parse, print, withUser, type CliCommand } from '../io';
import { formatDate, formatMoney } from '../../contract/format';

export const bcvCommand: CliCommand = {
  name: 'bcv',
  summary: 'Show the base calculation value (BHM) history, or add a new value from a date.',
  usage: 'komak bcv set --from YYYY-MM-DD --amount N --db FILE\n       komak bcv list --db FILE',
  async run(argv) {
    const [sub, ...rest] = argv;
    const { values } = parse(rest, { from: { type: 'string' }, amount: { type: 'string' } });
    const dbFile = dbFileFrom(values);
    if (sub === 'list') {
      const { parameters } = await withUser(dbFile, (b, ctx) => callAs(b, ctx, 'billing.listParameters', {}));
      for (const p of parameters.filter((x) => x.key === 'bcv')) print(`${formatDate(p.validFrom)}  ${formatMoney(Number(p.value), 'en')}`);
      return;
    }
    if (sub !== 'set') throw new CliError('Use: komak bcv set --from YYYY-MM-DD --amount N, or komak bcv list', 2);
    if (!values.from || !values.amount) throw new CliError('Give both --from YYYY-MM-DD and --amount N.', 2);
    const added = await withUser(dbFile, (b, ctx) =>
      callAs(b, ctx, 'billing.addParameter', { key: 'bcv', validFrom: values.from!, value: values.amount! }),
    );
    print(`BCV ${formatMoney(Number(added.value), 'en')} from ${formatDate(added.validFrom)} added.`);
  },
};
