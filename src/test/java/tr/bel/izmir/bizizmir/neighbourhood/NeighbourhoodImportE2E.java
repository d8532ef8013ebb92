package tr.bel.izmir.bizizmir.neighbourhood;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin imports a neighbourhood list with a bad row and sees exactly what happened. */
@IntegrationTest
class NeighbourhoodImportE2E {

    @LocalServerPort
    int port;

    private Browser browser;

    @Test
    void an_admin_imports_a_csv_and_sees_the_row_that_was_refused() throws Exception {
        Path csv = Files.createTempFile("mahalleler", ".csv");
        Files.writeString(csv, "ilçe;mahalle\nDikili;Çandarlı\nNarnia;Merkez\nDikili;Bademli\n", StandardCharsets.UTF_8);

        browser = Browser.desktop("http://localhost:" + port).loginLocal("admin", "admin");
        browser.go("/admin/neighbourhoods");
        WebElement upload = browser.waitFor(By.id("csv-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"));
        input.sendKeys(csv.toAbsolutePath().toString());

        browser.waitForText(By.id("import-summary"), "2 yeni");
        assertThat(browser.waitFor(By.id("import-summary")).getText()).contains("1 hatalı satır");
        WebElement errors = browser.waitFor(By.id("import-errors"));
        browser.waiting().until(d -> errors.getText().contains("Narnia"));
        assertThat(errors.getText()).contains("3").contains("İzmir'de \"Narnia\" adında bir ilçe yok.");
        assertThat(browser.driver().findElement(By.id("import-progress")).getAttribute("value")).isEqualTo("100");
    }
}
