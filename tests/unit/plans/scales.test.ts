import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BARTHEL_ITEMS,
  LAWTON_ITEMS,
  DOMAINS,
  DOMAINS_BY_KIND,
  barthelTotal,
  lawtonTotal,
  barthelBand,
  goalProgress,
  type BarthelScores,
  type LawtonScores,
} from '../../../electron/contract/plans.scales';
import { PLAN_LABELS, barthelLevelLabel } from '../../../electron/contract/plans.labels';
import { barthelIn, lawtonIn } from '../../../electron/contract/plans.schemas';
import { LANGS } from '../../../electron/contract/core';

const barthel = (pick: (values: readonly number[]) => number) =>
  Object.fromEntries(BARTHEL_ITEMS.map((i) => [i.key, pick(i.values)])) as BarthelScores;

describe('Barthel index', () => {
  it('runs from 0 to 100 over its ten items', () => {
    expect(BARTHEL_ITEMS).toHaveLength(10);
    expect(barthelTotal(barthel(() => 0))).toBe(0);
    expect(barthelTotal(barthel((v) => v[v.length - 1]!))).toBe(100);
  });

  it('any allowed answers give a total of 0–100 in steps of 5, and the schema accepts them', () => {
    const item = fc.tuple(...BARTHEL_ITEMS.map((i) => fc.constantFrom(...i.values)));
    fc.assert(
      fc.property(item, (values) => {
        const s = Object.fromEntries(BARTHEL_ITEMS.map((i, n) => [i.key, values[n]])) as BarthelScores;
        const total = barthelTotal(s);
        expect(total % 5).toBe(0);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
        expect(barthelIn.safeParse(s).success).toBe(true);
      }),
    );
  });

  it('refuses a score the item does not allow (bathing has only 0 and 5)', () => {
    const r = barthelIn.safeParse({ ...barthel(() => 0), bathing: 10 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['bathing'], message: 'v.plans.scaleValue' });
  });

  it('bands: 20 total, 60 severe, 90 moderate, 99 slight, 100 independent', () => {
    expect([0, 20, 21, 60, 61, 90, 91, 99, 100].map(barthelBand)).toEqual([
      'total',
      'total',
      'severe',
      'severe',
      'moderate',
      'moderate',
      'slight',
      'slight',
      'independent',
    ]);
  });
});

describe('Lawton scale', () => {
  it('eight items of 0 or 1, total 0–8', () => {
    const all = (v: number) => Object.fromEntries(LAWTON_ITEMS.map((k) => [k, v])) as LawtonScores;
    expect(lawtonTotal(all(0))).toBe(0);
    expect(lawtonTotal(all(1))).toBe(8);
    expect(lawtonTotal({ ...all(0), telephone: 1, medication: 1 })).toBe(2);
    expect(lawtonIn.safeParse({ ...all(1), finances: 2 }).success).toBe(false);
    expect(lawtonIn.safeParse({ ...all(1), extra: 1 }).success).toBe(false);
  });
});

describe('goal progress', () => {
  it('is the share of the way from baseline to target, clamped to 0–100', () => {
    expect(goalProgress(2, 4, null)).toBeNull();
    expect(goalProgress(2, 4, 2)).toBe(0);
    expect(goalProgress(2, 4, 3)).toBe(50);
    expect(goalProgress(2, 4, 4)).toBe(100);
    expect(goalProgress(2, 4, 5)).toBe(100);
    expect(goalProgress(2, 4, 1)).toBe(0);
    expect(goalProgress(1, 4, 2)).toBe(33);
    // Keeping a level: met while it holds, not met when it drops.
    expect(goalProgress(4, 4, 4)).toBe(100);
    expect(goalProgress(4, 4, 3)).toBe(0);
  });
});

describe('labels', () => {
  it('every domain, rating, Barthel level and Lawton item has a name in uz, ru and en; Uzbek uses U+02BB', () => {
    for (const lang of LANGS) {
      const l = PLAN_LABELS[lang];
      for (const d of DOMAINS) {
        expect(l.domain[d]).toBeTruthy();
        expect(l.domainHint[d]).toBeTruthy();
      }
      for (const r of ['1', '2', '3', '4', '5'] as const) expect(l.rating[r]).toBeTruthy();
      for (const i of BARTHEL_ITEMS) {
        expect(l.barthel[i.key]).toBeTruthy();
        for (const v of i.values) expect(barthelLevelLabel(lang, i.key, v)).not.toBe(String(v));
      }
      for (const k of LAWTON_ITEMS) expect(l.lawton[k] && l.lawtonManages[k]).toBeTruthy();
    }
    const uz = JSON.stringify(PLAN_LABELS.uz);
    expect(uz).not.toMatch(/[oOgG]['‘’`]/);
    expect(uz).toContain('oʻ');
  });

  it('each facility kind’s form covers only known domains, and housing only where adults are served', () => {
    for (const [kind, domains] of Object.entries(DOMAINS_BY_KIND)) {
      expect(domains.every((d) => DOMAINS.includes(d))).toBe(true);
      expect(domains.includes('housing')).toBe(kind !== 'family_home');
    }
  });
});
