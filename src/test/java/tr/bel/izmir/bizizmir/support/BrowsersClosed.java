package tr.bel.izmir.bizizmir.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Closes every {@link Browser} a test left open in a field of its instance (and its superclasses)
 * after each test, failed or not, so that no Chromium outlives its test; when the test failed,
 * first keeps the last screen in {@code target/screenshots/<class>.<method>.png}, the picture to
 * look at. Part of {@link IntegrationTest}: browser tests only assign their {@code browser} field.
 */
public class BrowsersClosed implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Browser.class) {
                    field.setAccessible(true);
                    if (field.get(test) instanceof Browser browser) {
                        if (context.getExecutionException().isPresent()) {
                            keepLastScreen(browser, context.getRequiredTestClass().getSimpleName() + "."
                                    + context.getRequiredTestMethod().getName() + "." + field.getName());
                        }
                        browser.close();
                        field.set(test, null);
                    }
                }
            }
        }
    }

    private static void keepLastScreen(Browser browser, String name) {
        try {
            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(Path.of("target/screenshots", name + ".png"), browser.screenshot());
        } catch (IOException | RuntimeException e) {
            // the browser is gone (it crashed or the test closed it): nothing to keep
        }
    }
}
