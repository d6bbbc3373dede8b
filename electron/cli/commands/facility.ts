import { callAs, CliError, dbFileFrom, parse, print, withUser, type CliCommand } from '../io';

export const facilityCommand: CliCommand = {
  name: 'facility',
  summary: 'Change a facility setting (the PP-41 regional-centre coefficient).',
  usage: 'komak facility set --regional-centre yes|no --db FILE',
  async run(argv) {
    const [sub, ...rest] = argv;
    const { values } = parse(rest, { 'regional-centre': { type: 'string' } });
    const flag = values['regional-centre'];
    if (sub !== 'set' || (flag !== 'yes' && flag !== 'no'))
      throw new CliError('Use: komak facility set --regional-centre yes|no --db FILE', 2);
    const r = await withUser(dbFileFrom(values), (b, ctx) =>
      callAs(b, ctx, 'billing.setRegionalCentre', { regionalCentre: flag === 'yes' }),
    );
    print(`Regional centre: ${r.regionalCentre ? 'yes (× 1.1)' : 'no'}.`);
  },
};
