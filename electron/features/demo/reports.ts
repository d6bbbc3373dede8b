// Reports to the agency: every month's reports prepared (social worker), checked (accountant) and
// closed (manager) in the first days of the next month; at the end the facility's signing key is
// created and the last months' closed reports are signed into packages and marked sent. The key
// and packages hold random key material: made last, so everything before them is seed-determined.
import type { FacilityKind } from '../../contract/setup.contract';
import type { ReportKind } from '../../contract/reports.contract';
import { addDays, lastDayOfMonth } from './dates';
import { newPassword } from './staff';
import { at, bump, manager, staffOf, type DemoArea, type World } from './world';

export const REPORTS_BY_KIND: Record<FacilityKind, ReportKind[]> = {
  women_center: ['activity', 'women_stats'],
  trafficking_shelter: ['activity', 'trafficking_stats'],
  family_home: ['activity'],
  day_care: ['activity'],
};

/** How many of the last closed months are signed and sent as packages. */
const PACKAGED_MONTHS = 2;

const closed = new WeakMap<World, Array<{ periodId: number; month: string }>>();

export const reportsArea: DemoArea = {
  name: 'reports',
  async monthEnd(w, month, on) {
    const rng = w.rng(`reports/${month}`);
    const preparer = staffOf(w, 'social_worker')[0] ?? manager(w);
    const checker = staffOf(w, 'accountant')[0] ?? manager(w);
    const from = `${month}-01` < w.start ? w.start : `${month}-01`;
    const list = closed.get(w) ?? closed.set(w, []).get(w)!;
    for (const kind of REPORTS_BY_KIND[w.options.kind]) {
      const p = await w.driver.call(preparer, at(on, 11, rng.int(0, 59)), 'reports.prepare', { kind, from, to: lastDayOfMonth(month) });
      await w.driver.call(checker, at(on, 14, rng.int(0, 59)), 'reports.check', { periodId: p.id });
      await w.driver.call(manager(w), at(on, 16, rng.int(0, 59)), 'reports.close', { periodId: p.id });
      list.push({ periodId: p.id, month });
      bump(w, 'report_periods');
    }
  },

  async end(w) {
    const list = closed.get(w) ?? [];
    const months = [...new Set(list.map((c) => c.month))].slice(-PACKAGED_MONTHS);
    if (!months.length) return;
    const boss = manager(w);
    const day = w.options.endDate;
    w.signingPassword = newPassword();
    await w.driver.call(boss, at(day, 17), 'signing.createKey', { signingPassword: w.signingPassword, confirmPassword: w.signingPassword });
    let minute = 5;
    for (const c of list.filter((x) => months.includes(x.month))) {
      const made = await w.driver.call(boss, at(day, 17, minute++), 'reports.makePackage', {
        periodId: c.periodId,
        signingPassword: w.signingPassword,
        lang: 'uz',
      });
      if (addDays(`${c.month}-01`, 45) <= day)
        await w.driver.call(boss, at(day, 17, minute++), 'reports.markSent', {
          packageId: made.package.id,
          note: 'Agentlikka elektron pochta orqali yuborildi',
        });
      bump(w, 'report_packages');
    }
  },
};
