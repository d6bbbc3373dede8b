// The HTTP front: `komak serve` spawned on the facility (signed in at start with the manager's
// password, as a facility PC would be), its cold start, every item through POST /api/<method>, and
// the peak memory of the serve process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BenchFacility } from './facility';
import type { ApiItem } from './items';
import { measure, round, type Timing } from './stats';

export interface Serve {
  url: string;
  child: ChildProcess;
  /** Spawn → the URL printed; spawn → the first answered request; spawn → a signed-in user's first answer. */
  coldStart: { listening: number; firstAnswer: number; firstWork: number };
  call(role: string, method: string, input: unknown): Promise<unknown>;
  peakRssMb(): number | null;
  /** Waits until the process has been idle for a second (its background start-up work done); ms since spawn. */
  settled(): Promise<number>;
  stop(): Promise<void>;
}

export async function startServe(root: string, f: BenchFacility): Promise<Serve> {
  const manager = f.password('manager');
  const t0 = performance.now();
  const child = spawn(process.execPath, ['bin/komak.cjs', 'serve', '--db', f.dbFile, '--port', '0'], {
    cwd: root,
    env: { ...process.env, KOMAK_USER: manager.username, KOMAK_PASSWORD: manager.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errText = '';
  child.stderr!.on('data', (d: Buffer) => (errText += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`komak serve exited (${code}): ${errText}`)));
  });
  const listening = performance.now() - t0;
  const cookies = new Map<string, string>();
  const post = async (method: string, input: unknown, cookie?: string) => {
    const res = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(input ?? {}),
    });
    const body = (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
    return { res, body };
  };
  await post('setup.status', {});
  const firstAnswer = performance.now() - t0;
  const signIn = async (role: string) => {
    const known = cookies.get(role);
    if (known) return known;
    const { res, body } = await post('auth.signIn', f.password(role));
    if (!body.ok) throw new Error(`HTTP sign-in as ${role}: ${body.error?.message}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    cookies.set(role, cookie);
    return cookie;
  };
  const first = await post('facility.get', {}, await signIn('manager'));
  if (!first.body.ok) throw new Error(`facility.get over HTTP: ${first.body.error?.message}`);
  const firstWork = performance.now() - t0;
  return {
    url,
    child,
    coldStart: { listening: round(listening), firstAnswer: round(firstAnswer), firstWork: round(firstWork) },
    async call(role, method, input) {
      const { body } = await post(method, input, await signIn(role));
      if (!body.ok) throw new Error(`${method} over HTTP: ${body.error?.message}`);
      return body.data;
    },
    peakRssMb() {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return m ? round(Number(m[1]) / 1024) : null;
      } catch {
        return null;
      }
    },
    async settled() {
      const cpuTicks = () => {
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return Number(fields[11]) + Number(fields[12]);
      };
      // Idle: under 5% of one core (clock ticks of 10 ms) over each of two half-second looks; at most a minute.
      let quiet = 0;
      for (let last = cpuTicks(), i = 0; quiet < 2 && i < 120; i++) {
        await new Promise((r) => setTimeout(r, 500));
        const now = cpuTicks();
        quiet = now - last <= 2 ? quiet + 1 : 0;
        last = now;
      }
      return round(performance.now() - t0 - 1000);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function measureHttp(serve: Serve, item: ApiItem): Promise<Timing> {
  return measure(() => serve.call(item.role, item.method, item.input), item.runs, item.writes ? 0 : 'warm');
}
