// The backend measured in this process (no HTTP): the same `call` the desktop shell and the HTTP
// front use, signed in per role; and the bare SQL of the same rows on a read-only connection.
import { createBackend, type Backend, type CallContext } from '../../electron/backend';
import type { BenchFacility } from './facility';
import type { ApiItem } from './items';
import { measure, type Timing } from './stats';

export interface Measured {
  direct: Timing | null;
  http: Timing | null;
  bare: Timing | null;
  /** komak serve's memory high-water mark after this item ran over HTTP. */
  peakRssAfterMb?: number | null;
  error?: string;
}

export async function openDirect(f: BenchFacility): Promise<{ backend: Backend; as(role: string): Promise<CallContext> }> {
  // With automatic backups, as the app runs: the caller makes the day's backup at once (see bench/index.ts).
  const backend = await createBackend({ dbFile: f.dbFile, unlock: { recoveryKey: f.out.recoveryKey ?? '' } });
  const sessions = new Map<string, CallContext>();
  return {
    backend,
    async as(role) {
      const known = sessions.get(role);
      if (known) return known;
      const r = await backend.call({}, 'auth.signIn', f.password(role));
      if (!r.ok) throw new Error(`sign-in as ${role} failed: ${r.error.message}`);
      const ctx = { token: (r.data as { token: string }).token };
      sessions.set(role, ctx);
      return ctx;
    },
  };
}

/** The bare SQL: each statement prepared once, all rows read, nothing mapped. */
export function measureBare(f: BenchFacility, item: ApiItem): Promise<Timing> | null {
  if (!item.bare) return null;
  const statements = item.bare.map((q) => ({ stmt: f.raw.prepare(q.sql), params: q.params }));
  return measure(() => {
    for (const s of statements) s.stmt.all(...s.params);
  }, item.runs);
}

export async function measureDirect(direct: Awaited<ReturnType<typeof openDirect>>, item: ApiItem): Promise<Timing> {
  const ctx = await direct.as(item.role);
  return measure(
    async () => {
      const r = await direct.backend.call(ctx, item.method, item.input);
      if (!r.ok) throw new Error(`${item.method}: ${r.error.message}`);
    },
    item.runs,
    item.writes ? 0 : 'warm',
  );
}
