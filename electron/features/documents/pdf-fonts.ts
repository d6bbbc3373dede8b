// pdfmake 0.3 is a process-wide singleton: fonts and access policies are set once, here. It is
// loaded at the first document, not at start: it costs ~0.2 s and ~20 MB that a start need not pay.
import type Pdfmake from 'pdfmake';
import { lazyModule } from '../../lazy-module';
import { join, resolve, sep } from 'node:path';
import { resourcesDir } from '../../paths';

/** The only font family documents use. Roboto (pdfmake's default) lacks U+02BB `ʻ`. */
export const PDF_FONT = 'NotoSans';

let configured: typeof Pdfmake | null = null;

/** Sets Noto Sans from resources/fonts and forbids every URL and every file outside that folder. */
export function ensurePdfSetup(): typeof Pdfmake {
  if (configured) return configured;
  const pdfmake = lazyModule<typeof Pdfmake>('pdfmake');
  const fontsDir = resolve(resourcesDir(), 'fonts');
  const file = (name: string) => join(fontsDir, name);
  pdfmake.setFonts({
    [PDF_FONT]: {
      normal: file('NotoSans-Regular.ttf'),
      bold: file('NotoSans-Bold.ttf'),
      italics: file('NotoSans-Italic.ttf'),
      bolditalics: file('NotoSans-BoldItalic.ttf'),
    },
  });
  // Documents never fetch anything: a URL in a document definition is a bug or an attack.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontsDir + sep));
  configured = pdfmake;
  return pdfmake;
}
