import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../../paths';
import type { Region, District } from '../../contract/reference.contract';

let cache: { regions: Region[]; districts: District[] } | null = null;

/** Uzbekistan's regions (official order) and districts with SOATO codes, from resources/reference. */
export function reference(): { regions: Region[]; districts: District[] } {
  if (!cache) {
    const dir = join(resourcesDir(), 'reference');
    cache = {
      regions: JSON.parse(readFileSync(join(dir, 'regions.json'), 'utf8')) as Region[],
      districts: JSON.parse(readFileSync(join(dir, 'districts.json'), 'utf8')) as District[],
    };
  }
  return cache;
}

export function findDistrict(soato: string): District | undefined {
  return reference().districts.find((d) => d.soato === soato);
}
