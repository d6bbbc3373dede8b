/**
 * Sign-in attempts per network address in LAN mode. The per-account lock (6 failures → 30
 * minutes) stops guessing one password; this stops one device from guessing many accounts, and
 * bounds the Argon2 work a device can ask for.
 */
export interface LimiterRules {
  /** Failed sign-ins from one address within `windowMs` before it must wait. */
  maxFailures: number;
  /** Any sign-ins from one address within a minute. */
  maxPerMinute: number;
  windowMs: number;
}

export const LAN_SIGN_IN_RULES: LimiterRules = { maxFailures: 10, maxPerMinute: 20, windowMs: 15 * 60_000 };

export class SignInLimiter {
  private failures = new Map<string, number[]>();
  private attempts = new Map<string, number[]>();

  constructor(private readonly rules: LimiterRules = LAN_SIGN_IN_RULES) {}

  /** Null when the address may try now; otherwise the seconds to wait. */
  retryAfter(address: string, now: number): number | null {
    const failures = this.recent(this.failures, address, now - this.rules.windowMs);
    const attempts = this.recent(this.attempts, address, now - 60_000);
    if (failures.length >= this.rules.maxFailures) return Math.ceil((failures[0]! + this.rules.windowMs - now) / 1000);
    if (attempts.length >= this.rules.maxPerMinute) return Math.ceil((attempts[0]! + 60_000 - now) / 1000);
    return null;
  }

  record(address: string, succeeded: boolean, now: number): void {
    this.attempts.set(address, [...this.recent(this.attempts, address, now - 60_000), now]);
    if (!succeeded) this.failures.set(address, [...this.recent(this.failures, address, now - this.rules.windowMs), now]);
  }

  private recent(map: Map<string, number[]>, address: string, since: number): number[] {
    const kept = (map.get(address) ?? []).filter((t) => t > since);
    if (kept.length) map.set(address, kept);
    else map.delete(address);
    return kept;
  }
}
