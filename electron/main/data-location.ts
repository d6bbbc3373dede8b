import { join, resolve } from 'node:path';

/** The facility database: KOMAK_DB when set (a shared or test location), else the user's data folder. */
export function facilityDbFile(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const fromEnv = env.KOMAK_DB?.trim();
  return fromEnv ? resolve(fromEnv) : join(userDataDir, 'facility.komak');
}
