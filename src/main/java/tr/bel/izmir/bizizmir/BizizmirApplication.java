package tr.bel.izmir.bizizmir;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.TimeZone;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("bizizmir")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Bizİzmir", shortName = "Bizİzmir")
public class BizizmirApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // All dates the programme publishes are İzmir dates; the JVM default must not leak in.
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Istanbul"));
        SpringApplication.run(BizizmirApplication.class, args);
    }
}
