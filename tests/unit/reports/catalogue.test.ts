import { describe, expect, it } from 'vitest';
import { REPORT_KINDS } from '../../../electron/contract/reports.contract';
import { REPORTS } from '../../../electron/features/reports/catalogue';
import { translator } from '../../../electron/i18n/index';
import { CHECK_IDS } from '../../../electron/features/reports/package-verify';

describe('the report catalogue', () => {
  it('defines every report kind of the contract, each for at least one facility kind and some readers', () => {
    expect(Object.keys(REPORTS).sort()).toEqual([...REPORT_KINDS].sort());
    for (const r of Object.values(REPORTS)) {
      expect(r.facilityKinds.length).toBeGreaterThan(0);
      expect(r.readers).toContain('manager');
    }
  });

  it('names every report, every verifier check and verdict in Uzbek, Russian and English', () => {
    for (const lang of ['uz', 'ru', 'en'] as const) {
      const t = translator(lang);
      for (const k of REPORT_KINDS)
        for (const key of [`reports.kind.${k}.title`, `reports.kind.${k}.description`]) expect(t(key), `${lang} ${key}`).not.toBe(key);
      for (const id of CHECK_IDS) expect(t(`reports.check.${id}`, { file: 'x' })).not.toBe(`reports.check.${id}`);
      for (const v of ['valid', 'tampered', 'wrong_signer', 'malformed', 'notChecked'])
        expect(t(`reports.verdict.${v}`)).not.toBe(`reports.verdict.${v}`);
    }
  });
});
