package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, pointed at the gateway: the pages of the web
 * app by their hash routes, with screenshots under {@code target/screenshots/<test>/} and an axe-core
 * check of each page a test looks at.
 */
final class Browser implements AutoCloseable {

    static final int PHONE_WIDTH = 360;
    static final int DESKTOP_WIDTH = 1280;
    private static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");

    private final String baseUrl;
    private final Path shots;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private int shotNumber;

    Browser(String baseUrl, String testName, int width) {
        this.baseUrl = baseUrl;
        this.shots = Path.of("target", "screenshots", testName);
        try {
            Files.createDirectories(shots);
            this.profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--no-first-run", "--lang=fr-FR",
                "--window-size=" + width + ",900", "--user-data-dir=" + profile);
        // the browser's console and network events, read back when a wait fails (see diagnosis())
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(new Dimension(width, 900));
        // screens redraw as their data arrives: an element read during a wait may have been replaced
        this.wait = new DiagnosedWait(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a route of the app ("/", "/annuaire", "/commandes/ord-1") and waits for its screen. */
    Browser open(String route) {
        driver.get(baseUrl + "/#" + route);
        return settled();
    }

    /** Waits until the current screen has finished loading (no busy main, no loading message). */
    Browser settled() {
        try {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "const m = document.getElementById('main');"
                            + "return document.readyState === 'complete' && !!m && !m.hasAttribute('aria-busy')"
                            + " && !m.querySelector('.loading') && !!m.querySelector('h1');")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page " + driver.getCurrentUrl() + " did not finish loading", e);
        }
        return this;
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        return new DiagnosedWait(timeout).until(condition::apply);
    }

    String heading() {
        return find(By.cssSelector("main h1")).getText();
    }

    Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        return this;
    }

    Browser select(By by, String value) {
        new Select(find(by)).selectByValue(value);
        return this;
    }

    /** Signs in through the sign-in page and waits for the page the role lands on. */
    Browser signIn(String email, String password) {
        open("/connexion");
        type(By.name("email"), email);
        type(By.name("password"), password);
        click(By.cssSelector("#signin-form button[type=submit]"));
        return signedIn("sign-in of " + email + " (POST /api/auth/login)");
    }

    /** Waits until a sign-in or sign-up form has signed the user in, or fails with what the form said. */
    Browser signedIn(String what) {
        until(d -> !d.findElements(By.id("sign-out")).isEmpty()
                || !d.findElements(By.cssSelector("main .form-summary p")).isEmpty());
        List<WebElement> refusal = driver.findElements(By.cssSelector("main .form-summary p"));
        assertThat(refusal).as("%s refused: %s", what, refusal.isEmpty() ? "" : refusal.get(0).getText()).isEmpty();
        return settled();
    }

    Browser signOut() {
        click(By.id("sign-out"));
        find(By.id("sign-in-link"));
        return settled();
    }

    /** Saves a screenshot as target/screenshots/<test>/<nn>-<name>-<width>.png. */
    Path screenshot(String name) {
        shotNumber++;
        long width = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
        Path target = shots.resolve("%02d-%s-%dpx.png".formatted(shotNumber, name, width));
        // the whole page, not only the window: stretch the window to the page's height for the picture
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 120, window.getHeight()), 6000)));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
        return target;
    }

    /** Takes a screenshot, then fails on any serious or critical axe-core violation of the page. */
    Browser checkPage(String name) {
        settled();
        screenshot(name);
        List<Axe.Violation> violations = Axe.run(driver);
        assertThat(violations.stream().filter(Axe.Violation::blocking).toList())
                .as("serious or critical accessibility violations on %s (%s); all violations: %s", name, driver.getCurrentUrl(), violations)
                .isEmpty();
        return this;
    }

    /** No horizontal scrolling: the page fits the window (360 px phones). */
    Browser fitsWidth() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in pixels on %s", driver.getCurrentUrl()).isLessThanOrEqualTo(0);
        return this;
    }

    Browser resize(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        return this;
    }

    /**
     * What the browser was doing, for a failed wait: the page, the requests it sent that got no
     * answer (from Chromium's network log), the failed ones and the console messages.
     */
    String diagnosis() {
        StringBuilder text = new StringBuilder("\n--- browser diagnosis at ").append(java.time.Instant.now())
                .append("\npage: ").append(driver.getCurrentUrl());
        try {
            text.append("\nmain: ").append(driver.findElement(By.tagName("main")).getText().replace('\n', '|'))
                    .append(" (aria-busy=").append(driver.findElement(By.tagName("main")).getAttribute("aria-busy")).append(')');
        } catch (RuntimeException e) {
            text.append("\nmain: unreadable (").append(e.getClass().getSimpleName()).append(')');
        }
        text.append(NetworkLog.read(driver.manage().logs().get(LogType.PERFORMANCE)).summary());
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            text.append("\nconsole ").append(entry.getLevel()).append(": ").append(entry.getMessage());
        }
        return text.append("\n---").toString();
    }

    /** A wait that ignores redrawn elements and, when it times out, says what the browser was doing. */
    private final class DiagnosedWait extends WebDriverWait {

        DiagnosedWait(Duration timeout) {
            super(driver, timeout);
            ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        }

        @Override
        protected RuntimeException timeoutException(String message, Throwable lastException) {
            String diagnosis;
            try {
                screenshot("timed-out");
                diagnosis = diagnosis();
            } catch (RuntimeException unreadable) {
                diagnosis = "\n(no diagnosis: " + unreadable + ")";
            }
            return super.timeoutException(message + diagnosis, lastException);
        }
    }

    String route() {
        String url = driver.getCurrentUrl();
        int hash = url.indexOf('#');
        return hash < 0 ? "/" : url.substring(hash + 1);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
