// Heavy packages a start does not need (pdfmake, exceljs: ~0.2 s and ~20 MB each) are loaded at
// their first use instead. Resolved from the bundle's own folder, exactly as a static import is.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const load = createRequire(join(import.meta.dirname, 'lazy-module.js'));

export function lazyModule<T>(name: 'pdfmake' | 'exceljs'): T {
  return load(name) as T;
}
