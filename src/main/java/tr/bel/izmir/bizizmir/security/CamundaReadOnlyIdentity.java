package tr.bel.izmir.bizizmir.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's identity service read-only. People and their groups come from the local
 * configuration or from Keycloak (DD003), never from Camunda's ACT_ID_* tables. While those
 * tables are writable and hold no member of {@code camunda-admin}, the Camunda web apps send
 * every visitor, even a signed-in admin, to their "create the first admin user" page; that
 * page would also let someone mint a Camunda-only account outside our identity provider.
 */
@Component
class CamundaReadOnlyIdentity extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getSessionFactories().remove(WritableIdentityProvider.class);
    }
}
