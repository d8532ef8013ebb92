// BPMN modeler (Camunda 7 properties panel, bpmnlint) and navigated viewer for the
// process owners' views. Bundled by build.mjs into vendor/bizizmir-modeler/bpmn-editor.js;
// exposes window.BizBpmn. See docs/decisions/DD011-modeling-in-the-browser.md.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import bpmnlintConfig from '../.generated/bpmnlint-config.js';
import { translationModule } from './i18n.js';

/** @param language the reader's language ('tr' or 'en'): the editor's labels follow it. */
function modeler(canvas, propertiesPanel, language) {
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: propertiesPanel },
    linting: { bpmnlint: bpmnlintConfig, active: true },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      lintModule,
      translationModule(language)
    ],
    moddleExtensions: { camunda: camundaModdle }
  });
}

function viewer(canvas, language) {
  return new NavigatedViewer({ container: canvas, moddleExtensions: { camunda: camundaModdle },
    additionalModules: [translationModule(language)] });
}

/** Lint issues of the modeler's current diagram as [{id, rule, message, category}]. */
async function lint(modeler) {
  const linting = modeler.get('linting');
  const issues = await linting.lint();
  const out = [];
  Object.entries(issues).forEach(([id, list]) => list.forEach(i =>
    out.push({ id: i.id || id, rule: i.rule, message: i.message, category: i.category })));
  return out;
}

const BADGE_CSS = `
.biz-instance-count { background: #1565c0; color: #fff; border-radius: 1em; min-width: 1.6em;
  padding: 0.1em 0.45em; font: 600 13px/1.4 sans-serif; text-align: center; box-shadow: 0 1px 3px rgba(0,0,0,.35); }
.djs-element.biz-has-instances .djs-visual > :first-child { stroke: #1565c0 !important; stroke-width: 3px !important; }
`;

function ensureBadgeStyle() {
  if (!document.getElementById('biz-instance-count-style')) {
    const style = document.createElement('style');
    style.id = 'biz-instance-count-style';
    style.textContent = BADGE_CSS;
    document.head.appendChild(style);
  }
}

/** Overlays with counts per activity: counts = {activityId: n}. */
function showCounts(viewer, counts) {
  ensureBadgeStyle();
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  Object.entries(counts).forEach(([id, n]) => {
    if (!registry.get(id)) {
      return;
    }
    const badge = document.createElement('div');
    badge.className = 'biz-instance-count';
    badge.textContent = String(n);
    badge.setAttribute('data-activity', id);
    overlays.add(id, 'instance-count', { position: { bottom: 10, right: 10 }, html: badge });
    canvas.addMarker(id, 'biz-has-instances');
  });
}

window.BizBpmn = { modeler, viewer, lint, showCounts };
