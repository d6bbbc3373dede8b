// The package ships better-sqlite3's typings but its "exports" map hides them; it is API-identical.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
