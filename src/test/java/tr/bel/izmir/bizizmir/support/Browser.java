package tr.bel.izmir.bizizmir.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;

/**
 * Real headless Chromium (Debian's chromium + chromium-driver) for browser tests.
 * Where they are missing the test is skipped with a message saying how to install them,
 * unless {@code -Dbizizmir.browser.required=true} (set by .ci/run) makes that a failure.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("bizizmir.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("bizizmir.chromedriver", "/usr/bin/chromedriver");
    // Generous: a condition that holds returns at once; a loaded 2-core machine (CI, parallel builds)
    // can take well over 30 s to bring up a Vaadin page in development mode.
    public static final Duration WAIT = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final String baseUrl;
    /** Chromium's profile directory, deleted on close (each is ~50 MB; hundreds filled the disk). */
    private Path profile;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(String baseUrl, int width, int height) {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String message = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing. Install them with: sudo apt-get install -y chromium chromium-driver";
            if (Boolean.getBoolean("bizizmir.browser.required")) {
                throw new IllegalStateException(message);
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("bizizmir-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=tr-TR", "--user-data-dir=" + profile);
        // Headless Chromium ignores --lang for Accept-Language; servers (Keycloak) read this.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "tr-TR,tr"));
        // The browser console (CSP violations, script errors), for consoleMessages().
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        var browser = new Browser(driver, baseUrl);
        browser.profile = profile;
        return browser;
    }

    public static Browser desktop(String baseUrl) {
        return open(baseUrl, 1366, 900);
    }

    public static Browser phone(String baseUrl) {
        return open(baseUrl, 390, 844);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    public WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Signs in through the local login form (vaadin-login-form). */
    public Browser loginLocal(String username, String password) {
        go("/login");
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        // The first page after signing in has rendered (and landed the person where they work):
        // only then may a test navigate, or its page would count as the first one.
        waiting().until(d -> !d.findElements(By.id("current-user")).isEmpty());
        return this;
    }

    /**
     * What {@code by} finds, scrolled into view and visible: the application layout scrolls inside
     * itself, which hides what is scrolled away from WebDriver's visibility checks.
     */
    public WebElement visible(By by) {
        scrollIntoView(waiting().until(ExpectedConditions.presenceOfElementLocated(by)));
        return waitFor(by);
    }

    /** Scrolls the element to the middle of the window (the layout scrolls inside itself); returns it. */
    public WebElement scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /**
     * Clicks what {@code by} finds once it is shown and enabled, finding it again while the server
     * re-renders it (a grid or form replaces its elements) or something lies over it for a moment.
     */
    public void click(By by) {
        waiting().ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class)
                .ignoring(ElementClickInterceptedException.class).until(d -> {
                    WebElement element = visible(by);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /**
     * Scrolls an element into view and clicks it as a person would; when something lies over it
     * (a notification, a sticky header), with a script click instead.
     */
    public void click(WebElement element) {
        scrollIntoView(element);
        try {
            element.click();
        } catch (ElementNotInteractableException covered) { // also ElementClickInterceptedException
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        }
    }

    /**
     * Types into a field as a person would and leaves it with Tab (the value reaches the server on
     * blur); if the server re-rendered the field meanwhile, finds it again and types anew.
     */
    public void type(By field, String text) {
        waiting().ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class).until(d -> {
            WebElement input = visible(field);
            input.clear();
            input.sendKeys(text, Keys.TAB);
            return true;
        });
    }

    /** Types into a combo box's input and picks the item of its overlay that contains {@code item}. */
    public void choose(By comboInput, String typed, String item) {
        visible(comboInput).sendKeys(typed);
        click(By.xpath("//vaadin-combo-box-item[contains(., '" + item + "')]"));
    }

    /** Sets a date picker as its calendar overlay would: typed dates depend on the browser's locale format. */
    public void setDate(By datePicker, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", visible(datePicker), day.toString());
    }

    /**
     * Opens, from the inbox, the task whose row shows all of {@code rowTexts} (its task name, its
     * case title), and waits for its form. The row is looked up again while the grid re-renders.
     */
    public void openTask(String... rowTexts) {
        go("/inbox");
        waiting().ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class).until(d -> {
            WebElement cell = d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> Arrays.stream(rowTexts).allMatch(c.getText()::contains)).findFirst().orElse(null);
            if (cell == null) {
                return false;
            }
            scrollIntoView(cell).click();
            return true;
        });
        waitFor(By.id("complete-task"));
    }

    /** Completes the open task with its form's button and waits until the form has gone. */
    public void completeTask() {
        click(By.id("complete-task"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("complete-task")));
    }

    /** Waits for a notification (toast) whose text contains {@code text}. */
    public void waitForNotification(String text) {
        waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.tagName("vaadin-notification-card"))
                .stream().anyMatch(c -> c.getText().contains(text)));
    }

    /** No horizontal scrolling: the page fits the window's width (a phone's, say). */
    public boolean fitsTheWidth() {
        return Boolean.FALSE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1"));
    }

    /** The browser console's messages since the last call (Chromium hands each out once). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    public byte[] screenshot() {
        return ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("Could not delete the browser profile " + profile + ": " + e);
        }
    }
}
