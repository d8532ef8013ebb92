// What modeler/build.mjs and weblibs/build.mjs share: `npm ci` only when package-lock.json
// changed since the last install, and a hash of a build's inputs for its stamp file.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** This file, so a build counts it among its inputs. */
export const helper = fileURLToPath(import.meta.url);

/** SHA-256 over the names and contents of the files (a missing file counts as empty). */
export function hashOf(files) {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f);
    h.update(fs.existsSync(f) ? fs.readFileSync(f) : Buffer.alloc(0));
  }
  return h.digest('hex');
}

/** Runs `npm ci` in `dir` when its lock file changed or nothing is installed yet. */
export function installIfLockChanged(dir, label) {
  const lock = path.join(dir, 'package-lock.json');
  const installedLock = path.join(dir, 'node_modules', '.package-lock.json');
  const installStamp = path.join(dir, 'node_modules', '.bizizmir-install-stamp');
  const lockHash = hashOf([lock]);
  if (!fs.existsSync(installedLock) || !fs.existsSync(installStamp) || fs.readFileSync(installStamp, 'utf8') !== lockHash) {
    console.log(`[${label}] npm ci (package-lock.json changed or node_modules missing)`);
    execSync('npm ci --no-audit --no-fund --ignore-scripts', { cwd: dir, stdio: 'inherit' });
    fs.writeFileSync(installStamp, lockHash);
  }
  return lock;
}
