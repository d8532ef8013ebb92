package tr.bel.izmir.bizizmir.shell;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.support.Axe;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA as far as a machine can tell (axe-core, DD030): every public page, every page of a
 * resident and the main staff pages have no serious or critical violation, in Turkish and English,
 * on a desktop and a phone-sized window. One browser per role visits its pages in a loop (the
 * cheap way: no new browser per page), switching language with the header's button and size by
 * resizing the window. The demo data fills the pages. Cost on the 2-core machine (December 2026):
 * public 90–116 s (20 pages), resident 57–70 s (11), staff 72–123 s (14), civic group ~20 s (3), each × 2 languages × 2
 * sizes, 1.2–2 s a page view with axe (more when the machine is busy); one Spring context with the
 * rest of the suite.
 */
@IntegrationTest
class AccessibilityE2E {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    private String id(String sql) {
        List<Long> ids = jdbc.queryForList(sql, Long.class);
        return ids.isEmpty() ? null : String.valueOf(ids.get(0));
    }

    /** Pages that need an id of the demo data; left out when the demo has none. */
    private static List<String> withIds(String... pathAndId) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < pathAndId.length; i += 2) {
            if (pathAndId[i + 1] != null) {
                paths.add(pathAndId[i] + pathAndId[i + 1]);
            }
        }
        return paths;
    }

    private List<String> publicPages() {
        return Stream.concat(Stream.of("", "proposals", "proposals/map", "budgeting", "budget/results", "projects",
                        "projects/map", "parks", "parks/map", "assemblies", "votes", "consultations", "budget/replay"),
                withIds(
                        "proposals/", id("select id from proposal where status = 'COLLECTING_SUPPORT' order by id limit 1"),
                        "proposals/", id("select id from proposal where status = 'FEASIBLE' and latitude is not null order by id limit 1"),
                        "budget/results/", id("select cycle_id from pb_allocation where published_at is not null order by cycle_id limit 1"),
                        "projects/", id("select id from impl_project order by id limit 1"),
                        "parks/", id("select id from living_park order by id limit 1"),
                        "parks/events/", id("select id from park_event_application where status = 'APPROVED' order by id limit 1"),
                        "assemblies/", id("select id from assembly order by id limit 1"),
                        "votes/results/", id("select id from vote where status = 'CLOSED' order by id limit 1"),
                        "consultations/view/", id("select id from consultation order by id limit 1")).stream()).toList();
    }

    @Test
    void public_pages_have_no_serious_accessibility_violation() {
        browser = Browser.desktop("http://localhost:" + port);
        List<String> pages = new ArrayList<>(publicPages());
        pages.add("login");
        check(pages);
    }

    @Test
    void a_residents_pages_have_no_serious_accessibility_violation() {
        // A resident of Sığacık who also chairs its assembly: the resident's and the member's pages.
        browser = Browser.desktop("http://localhost:" + port).loginLocal("baskan", "demo");
        List<String> pages = new ArrayList<>(List.of("proposals/new", "my/proposals", "my/residency", "my/notifications",
                "notifications", "my/data", "votes/receipt", "assembly/votes", "assembly/membership", "assembly/meetings"));
        pages.addAll(withIds("votes/ballot/", id("select id from vote where status = 'OPEN' order by id limit 1")));
        check(pages);
    }

    @Test
    void a_civic_groups_pages_have_no_serious_accessibility_violation() {
        browser = Browser.desktop("http://localhost:" + port).loginLocal("sivil", "demo");
        List<String> pages = new ArrayList<>(List.of("parks/apply", "my/park-events"));
        pages.addAll(withIds("my/park-events/", id("select id from park_event_application where applicant = 'sivil' order by id limit 1")));
        check(pages);
    }

    @Test
    void the_main_staff_pages_have_no_serious_accessibility_violation() {
        browser = Browser.desktop("http://localhost:" + port).loginLocal("admin", "admin");
        List<String> pages = new ArrayList<>(List.of("staff", "inbox", "proposals/support-periods", "votes/control",
                "votes/schedule", "staff/cycles", "staff/allocations", "parks/manage", "staff/assemblies",
                "moderation/comments", "staff/departments", "admin/neighbourhoods", "consultations/new"));
        pages.addAll(withIds("staff/cases/proposals/", id("select id from proposal order by id limit 1")));
        check(pages);
    }

    /** Every page in Turkish and English, desktop and phone; all findings reported together. */
    private void check(List<String> pages) {
        long start = System.nanoTime();
        List<String> findings = new ArrayList<>();
        for (String language : List.of("tr", "en")) {
            if (language.equals("en")) {
                switchToEnglish();
            }
            for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
                browser.driver().manage().window().setSize(size);
                for (String page : pages) {
                    browser.go("/" + page);
                    browser.waitFor(By.tagName("h1"));
                    assertThat(browser.driver().getCurrentUrl()).as("opened " + page).doesNotContain("/login?");
                    // An error page (not found, access denied) would be checked instead of the page itself.
                    assertThat(browser.driver().findElements(By.id("error-page"))).as("/" + page + " opened").isEmpty();
                    String lang = Objects.toString(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                            .executeScript("return document.documentElement.lang"), "");
                    if (!lang.startsWith(language)) {
                        findings.add("/" + page + " [" + language + " " + size.width + "px]: html lang is '" + lang + "'");
                    }
                    for (String violation : Axe.seriousViolations(browser)) {
                        findings.add("/" + page + " [" + language + " " + size.width + "px]: " + violation);
                    }
                }
            }
        }
        System.out.printf("AccessibilityE2E: %d pages × 2 languages × 2 sizes in %d s%n", pages.size(),
                (System.nanoTime() - start) / 1_000_000_000);
        assertThat(findings).as("serious or critical accessibility violations").isEmpty();
    }

    private void switchToEnglish() {
        browser.go("/");
        browser.click(By.id("switch-language"));
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("switch-language")).getText().contains("Türkçe"));
    }
}
