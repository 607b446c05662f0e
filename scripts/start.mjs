#!/usr/bin/env node
// `npm start`: builds whatever is missing or older than its sources, then runs the server.
// A fresh clone needs nothing else; a second start skips the build.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => path.join(root, ...parts);

/** The newest modification time of any file under the given folders. */
function newest(...dirs) {
  let latest = 0;
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else latest = Math.max(latest, fs.statSync(full).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return latest;
}

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function run(label, command, args) {
  console.log(`[start] ${label}…`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[start] ${label} failed. Run \`npm ci\` first if this is a fresh clone.`);
    process.exit(result.status ?? 1);
  }
}

const sharedSources = newest(at('shared/src'));
if (mtime(at('server/dist/index.js')) < Math.max(sharedSources, newest(at('server/src')))) {
  run('Building the server', process.execPath, [at('node_modules/typescript/bin/tsc'), '-b', 'server']);
}
const clientSources = Math.max(
  sharedSources,
  newest(at('client/src'), at('client/public')),
  mtime(at('client/index.html')),
);
if (mtime(at('client/dist/index.html')) < clientSources) {
  run('Building the client', process.execPath, [at('node_modules/vite/bin/vite.js'), 'build', at('client')]);
}

const server = spawn(process.execPath, [at('server/dist/index.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
