// DMN decision-table editor; exposes window.BizDmn.
import DmnModeler from 'dmn-js/lib/Modeler';
import { translationModule } from './i18n.js';

function modeler(container, language) {
  return new DmnModeler({ container, common: { keyboard: { bindTo: window },
    additionalModules: [translationModule(language)] } });
}

window.BizDmn = { modeler };
