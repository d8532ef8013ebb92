package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Makes the process engine unable to run code that a model names (DD012): expressions go through
 * {@link SandboxedExpressionManager} (process variables, allowed delegates, documented functions
 * and value methods only), every script engine is refused, and the BPMN parser refuses the
 * constructs of {@link ModelCodeRules} before anything of the model is evaluated. Installed as a
 * plugin in the application's engine and by hand in the dry-run engine, so the rule holds for the
 * modelling UI, Camunda's REST API and the {@code processes/} folder alike.
 */
@Component
public class EngineSandbox extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;

    public EngineSandbox(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        install(configuration, allowedDelegates(context), context::getBean);
    }

    /** Restricts an engine configuration before it is built. */
    public static void install(ProcessEngineConfigurationImpl configuration, Set<String> delegateNames,
                               Function<String, Object> delegates) {
        configuration.setExpressionManager(new SandboxedExpressionManager(delegateNames, delegates));
        configuration.setScriptEngineResolver(new NoScripts());
        configuration.setBpmnParseFactory(SandboxedBpmnParse::new);
    }

    /**
     * The delegate beans a model may name: every bean defined in a configuration class marked
     * {@link ProcessDelegates}. Read from bean definitions, so nothing is instantiated early.
     */
    public static Set<String> allowedDelegates(ApplicationContext context) {
        Set<String> names = new TreeSet<>();
        if (!(context instanceof ConfigurableApplicationContext configurable)) {
            return names;
        }
        ConfigurableListableBeanFactory factory = configurable.getBeanFactory();
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            String factoryBean = definition.getFactoryBeanName();
            if (factoryBean == null || !factory.containsBeanDefinition(factoryBean)) {
                continue;
            }
            Class<?> type = factory.getType(factoryBean, false);
            if (type != null && AnnotatedElementUtils.hasAnnotation(type, ProcessDelegates.class)) {
                names.add(name);
            }
        }
        return names;
    }

    /** No script engine for any language: script tasks, listeners, conditions, DMN scripts. */
    static final class NoScripts implements ScriptEngineResolver {
        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return new ScriptEngineManager(null);
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean cache) {
            throw new ProcessEngineException("Bizİzmir: scripts are not allowed in process models and decisions ("
                    + language + ")");
        }
    }

    /** The engine's BPMN parse, refusing code-running constructs before anything else is parsed. */
    static final class SandboxedBpmnParse extends BpmnParse {
        private static final Namespace CAMUNDA = new Namespace(ModelCodeRules.CAMUNDA_NS, ModelCodeRules.ACTIVITI_NS);

        SandboxedBpmnParse(BpmnParser parser) {
            super(parser);
        }

        @Override
        protected void parseRootElement() {
            int before = errors.size();
            refuseCode(rootElement);
            if (errors.size() == before) {
                super.parseRootElement();
            }
        }

        private void refuse(Element element, String value, String namespace, String name) {
            if (value != null) {
                ModelCodeRules.attribute(element.getUri(), namespace, name).ifPresent(reason ->
                        addError("Bizİzmir: attribute " + name + " is not allowed in process models (" + reason + ")",
                                element));
            }
        }

        private void refuseCode(Element element) {
            ModelCodeRules.element(element.getUri(), element.getTagName()).ifPresent(reason ->
                    addError("Bizİzmir: <" + element.getTagName() + "> is not allowed in process models ("
                            + reason + ")", element));
            for (String name : ModelCodeRules.CAMUNDA_ATTRIBUTES.keySet()) {
                refuse(element, element.attributeNS(CAMUNDA, name), ModelCodeRules.CAMUNDA_NS, name);
                refuse(element, element.attribute(name), null, name);
            }
            for (String name : ModelCodeRules.PLAIN_ATTRIBUTES.keySet()) {
                refuse(element, element.attribute(name), null, name);
            }
            for (Element child : element.elements()) {
                refuseCode(child);
            }
        }
    }
}
