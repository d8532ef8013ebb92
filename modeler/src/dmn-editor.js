// DMN decision-table editor; exposes window.BizDmn.
import DmnModeler from 'dmn-js/lib/Modeler';

function modeler(container) {
  return new DmnModeler({ container, common: { keyboard: { bindTo: window } } });
}

window.BizDmn = { modeler };
