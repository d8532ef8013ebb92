// Camunda Form (form-js) editor; exposes window.BizForm.
import { FormEditor } from '@bpmn-io/form-js-editor';
import { translationModule } from './i18n.js';

function editor(container, language) {
  return new FormEditor({ container, additionalModules: [translationModule(language)] });
}

window.BizForm = { editor };
