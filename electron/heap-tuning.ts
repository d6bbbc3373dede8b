// The long-running backend processes (`komak serve`, the desktop app's data service) keep their
// memory peak down with one V8 setting that, unlike the young generation's size (set where
// `komak serve` starts: bin/komak.cjs), can be changed while the process runs: V8 reads it at
// every full collection.
import { setFlagsFromString } from 'node:v8';

/**
 * On a machine with much memory V8 lets the old generation grow to 4× what is live before the next
 * full collection. Each PDF's layout (pdfmake, ~12 MB) outlives the young generation, so the
 * garbage of several documents piled up. At 1.5× the same work peaks lower (7 claim PDFs in a row:
 * 256 → 220 MB; the women's center bench items through komak serve: 295 → 262 MB) for a few more
 * full collections of a ~50 MB heap (10–40 ms each). No hard limit is set: large work still gets the memory it needs.
 */
export function keepOldGenerationTight(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
