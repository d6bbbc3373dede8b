// Replaced at build time from package.json; the fallback serves tests run from source.
declare const __KOMAK_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __KOMAK_VERSION__ === 'string' ? __KOMAK_VERSION__ : '0.0.0-dev';
