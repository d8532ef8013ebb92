package tr.bel.izmir.bizizmir.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to open it and how to sign in. */
@Component
class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    private final Environment environment;

    StartupMessage(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        String login = environment.acceptsProfiles(Profiles.of("keycloak"))
                ? "sign in through Keycloak"
                : "local login: admin/admin, or memur, sakin, komsu, uye, baskan, park, surec ... with password demo";
        log.info("\n\n  Bizİzmir is running at http://localhost:{}{}/  ({})\n  Camunda Cockpit (admin only): http://localhost:{}{}/camunda/app/cockpit/\n",
                port, path, login, port, path);
    }
}
