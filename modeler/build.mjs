// Builds the bpmn.io editors into static resources under META-INF/resources/vendor,
// outside Vaadin's frontend build (DD005, DD011). Run by Maven (generate-resources) as
//   node modeler/build.mjs <output-dir>
// Incremental: `npm ci` only when package-lock.json changed since the last install, and the
// bundle only when an input changed since the last build (a stamp file in the output dir).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashOf, helper, installIfLockChanged } from '../scripts/npm-incremental.mjs';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] || path.join(here, '..', 'target', 'classes', 'META-INF', 'resources', 'vendor', 'bizizmir-modeler'));
// 1. npm ci when the lock file changed (or nothing is installed yet).
const lock = installIfLockChanged(here, 'modeler');

// 2. Bundle when an input changed.
const srcDir = path.join(here, 'src');
const inputs = [lock, path.join(here, 'build.mjs'), helper, path.join(here, '.bpmnlintrc'),
  ...fs.readdirSync(srcDir).sort().map(f => path.join(srcDir, f))];
const buildHash = hashOf(inputs);
const buildStamp = path.join(out, '.build-stamp');
if (fs.existsSync(buildStamp) && fs.readFileSync(buildStamp, 'utf8') === buildHash) {
  console.log('[modeler] up to date: ' + out);
  process.exit(0);
}

const require = createRequire(path.join(here, 'package.json'));
const generated = path.join(here, '.generated');
fs.mkdirSync(generated, { recursive: true });

// The bpmnlint configuration compiled to a module the browser bundle imports.
const compileConfig = require('bpmnlint/lib/support/compile-config');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const lintrc = JSON.parse(fs.readFileSync(path.join(here, '.bpmnlintrc'), 'utf8'));
const configCode = await compileConfig(lintrc, new NodeResolver({ require: createRequire(path.join(here, 'package.json')) }));
fs.writeFileSync(path.join(generated, 'bpmnlint-config.js'), configCode);

const esbuild = require('esbuild');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: {
    'bpmn-editor': path.join(srcDir, 'bpmn-editor.js'),
    'dmn-editor': path.join(srcDir, 'dmn-editor.js'),
    'form-editor': path.join(srcDir, 'form-editor.js')
  },
  outdir: out,
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  logLevel: 'warning',
  loader: { '.css': 'empty' },
  define: { 'process.env.NODE_ENV': '"production"' },
  absWorkingDir: here,
  nodePaths: [path.join(here, 'node_modules')]
});

// Style sheets and fonts of the libraries, as they ship them.
const copies = {
  'bpmn-js': 'node_modules/bpmn-js/dist/assets',
  'dmn-js': 'node_modules/dmn-js/dist/assets',
  'form-js': 'node_modules/@bpmn-io/form-js/dist/assets',
  'properties-panel': 'node_modules/@bpmn-io/properties-panel/dist/assets',
  'bpmnlint': 'node_modules/bpmn-js-bpmnlint/dist/assets/css'
};
for (const [target, source] of Object.entries(copies)) {
  fs.cpSync(path.join(here, source), path.join(out, target), { recursive: true });
}
fs.writeFileSync(buildStamp, buildHash);
console.log('[modeler] built ' + out);
