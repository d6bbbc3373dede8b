// Writes the "Roles and permissions" table of README.md from the contract's roles.
// `node scripts/permission-matrix.mjs` updates it; `--check` exits 1 when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { withPermissionTable } = await import('../electron/contract/permissions.ts');
const readme = readFileSync('README.md', 'utf8');
const next = withPermissionTable(readme);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md: the permission matrix is out of date. Run: node scripts/permission-matrix.mjs');
    process.exit(1);
  }
  console.log('README.md: the permission matrix is current.');
} else if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md: permission matrix updated.');
} else {
  console.log('README.md: the permission matrix is current.');
}
