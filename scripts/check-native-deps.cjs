// electron-builder beforePack hook: refuse to package for a platform whose native binaries are not
// installed. @node-rs/argon2 installs only the host's binary (an optional dependency per platform), so
// a Windows installer built on Linux would ship without password hashing and nobody could sign in.
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const ARCH = ['ia32', 'x64', 'armv7l', 'arm64', 'universal']; // builder-util's Arch enum order
const ARGON2 = {
  'win32-x64': 'argon2-win32-x64-msvc',
  'win32-arm64': 'argon2-win32-arm64-msvc',
  'linux-x64': 'argon2-linux-x64-gnu',
  'linux-arm64': 'argon2-linux-arm64-gnu',
  'darwin-x64': 'argon2-darwin-x64',
  'darwin-arm64': 'argon2-darwin-arm64',
};

/** What is missing for `platform-arch` under `projectDir`: a list of paths, empty when all is there. */
function missingNativeFiles(projectDir, platform, arch) {
  const target = `${platform}-${arch}`;
  const missing = [];
  const sqlite = join(projectDir, 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds', `${target}.node`);
  if (!existsSync(sqlite)) missing.push(sqlite);
  const argonDir = join(projectDir, 'node_modules', '@node-rs', ARGON2[target] ?? `argon2-${target}`);
  if (!existsSync(argonDir) || !readdirSync(argonDir).some((f) => f.endsWith('.node'))) missing.push(argonDir);
  return missing;
}

exports.missingNativeFiles = missingNativeFiles;
exports.default = async function checkNativeDeps(context) {
  const arch = ARCH[context.arch] ?? String(context.arch);
  const missing = missingNativeFiles(context.packager.projectDir, context.electronPlatformName, arch);
  if (missing.length) {
    throw new Error(
      `Native modules for ${context.electronPlatformName}-${arch} are missing:\n  ${missing.join('\n  ')}\n` +
        `Build this installer on ${context.electronPlatformName}, or install that platform's optional packages first ` +
        `(npm install --no-save --os=${context.electronPlatformName} --cpu=${arch} @node-rs/argon2).`,
    );
  }
};
