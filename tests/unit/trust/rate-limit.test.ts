import { describe, expect, it } from 'vitest';
import { SignInLimiter } from '../../../electron/features/lan/rate-limit';

describe('sign-in limiter', () => {
  it('stops an address after 10 failures for the rest of 15 minutes, not others', () => {
    const l = new SignInLimiter();
    const t0 = 1_000_000;
    for (let i = 0; i < 10; i++) {
      expect(l.retryAfter('10.0.0.5', t0 + i * 1000)).toBeNull();
      l.record('10.0.0.5', false, t0 + i * 1000);
    }
    expect(l.retryAfter('10.0.0.5', t0 + 10_000)).toBe(890);
    expect(l.retryAfter('10.0.0.6', t0 + 10_000)).toBeNull();
    expect(l.retryAfter('10.0.0.5', t0 + 15 * 60_000 + 1)).toBeNull();
  });

  it('does not count successes as failures, but bounds all attempts per minute', () => {
    const l = new SignInLimiter();
    for (let i = 0; i < 20; i++) l.record('10.0.0.7', true, 1000 + i);
    expect(l.retryAfter('10.0.0.7', 1100)).toBe(60);
    expect(l.retryAfter('10.0.0.7', 62_000)).toBeNull();
  });
});
