// Copies the browser libraries we serve ourselves into static resources under
// META-INF/resources/vendor, outside Vaadin's frontend build (DD005, DD030). Run by Maven
// (generate-resources) as
//   node weblibs/build.mjs <output-dir>
// Leaflet and leaflet.markercluster ship ready-made browser scripts (window.L), so nothing is
// bundled: their dist files and our small src/biz-map.js are joined into one script as they are. axe-core is a
// development dependency only: the browser tests read node_modules/axe-core/axe.min.js from
// this folder and inject it through WebDriver; it is never served.
// Incremental like modeler/build.mjs: `npm ci` only when package-lock.json changed since the
// last install, the copy only when an input changed (a stamp file in the output dir).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashOf, helper, installIfLockChanged } from '../scripts/npm-incremental.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] || path.join(here, '..', 'target', 'classes', 'META-INF', 'resources', 'vendor', 'bizizmir-maps'));
// 1. npm ci when the lock file changed (or nothing is installed yet); devDependencies too (axe-core).
const lock = installIfLockChanged(here, 'weblibs');

// 2. Copy when an input changed.
const srcDir = path.join(here, 'src');
const inputs = [lock, path.join(here, 'build.mjs'), helper, ...fs.readdirSync(srcDir).sort().map(f => path.join(srcDir, f))];
const buildHash = hashOf(inputs);
const buildStamp = path.join(out, '.build-stamp');
if (fs.existsSync(buildStamp) && fs.readFileSync(buildStamp, 'utf8') === buildHash) {
  console.log('[weblibs] up to date: ' + out);
  process.exit(0);
}
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
// One script, in the order the parts need (the plugin and our glue use the global L), so the
// page never runs them out of order: Leaflet, leaflet.markercluster, src/biz-map.js.
const script = ['node_modules/leaflet/dist/leaflet.js', 'node_modules/leaflet.markercluster/dist/leaflet.markercluster.js', 'src/biz-map.js']
  .map(f => fs.readFileSync(path.join(here, f), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, ''))
  .join(';\n');
fs.writeFileSync(path.join(out, 'bizizmir-maps.js'), script);
const copies = {
  'leaflet.css': 'node_modules/leaflet/dist/leaflet.css',
  'images': 'node_modules/leaflet/dist/images',
  'MarkerCluster.css': 'node_modules/leaflet.markercluster/dist/MarkerCluster.css',
  'MarkerCluster.Default.css': 'node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css',
  'LICENSE-leaflet': 'node_modules/leaflet/LICENSE',
  'LICENSE-leaflet.markercluster': 'node_modules/leaflet.markercluster/MIT-LICENCE.txt'
};
copies['biz-map.css'] = 'src/biz-map.css';
for (const [target, source] of Object.entries(copies)) {
  fs.cpSync(path.join(here, source), path.join(out, target), { recursive: true });
}
fs.writeFileSync(buildStamp, buildHash);
console.log('[weblibs] copied to ' + out);
