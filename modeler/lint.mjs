// Lints BPMN files with bpmnlint and the configuration in .bpmnlintrc (recommended rules and
// the Camunda 7.24 compatibility plug-in). Used by the LintProcessesTest JUnit test:
//   node modeler/lint.mjs <file.bpmn>...
// Prints one JSON object per finding per line: {file, id, rule, category, message}, and
// {file, error} for a file that cannot be read; exit code 0 (findings are judged by the caller).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'package.json'));
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const camundaModdle = require('camunda-bpmn-moddle/resources/camunda.json');

const config = JSON.parse(fs.readFileSync(path.join(here, '.bpmnlintrc'), 'utf8'));

for (const file of process.argv.slice(2)) {
  try {
    const moddle = new BpmnModdle({ camunda: camundaModdle });
    const { rootElement, warnings } = await moddle.fromXML(fs.readFileSync(file, 'utf8'));
    for (const w of warnings) {
      console.log(JSON.stringify({ file, id: w.element && w.element.id || '', rule: 'import', category: 'error', message: w.message }));
    }
    // A linter per file: some rules keep state keyed by element id, and ids repeat across files.
    const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
    const results = await linter.lint(rootElement);
    for (const [rule, reports] of Object.entries(results)) {
      for (const r of reports) {
        console.log(JSON.stringify({ file, id: r.id || '', rule, category: r.category, message: r.message }));
      }
    }
  } catch (e) {
    console.log(JSON.stringify({ file, error: String(e && e.message || e) }));
  }
}
