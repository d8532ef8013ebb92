// Camunda Form (form-js) editor; exposes window.BizForm.
import { FormEditor } from '@bpmn-io/form-js-editor';

function editor(container) {
  return new FormEditor({ container });
}

window.BizForm = { editor };
