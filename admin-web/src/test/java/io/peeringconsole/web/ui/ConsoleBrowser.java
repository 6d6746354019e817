package io.peeringconsole.web.ui;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Selenium, with the few moves the console's tests need. Vaadin renders
 * asynchronously, so every look waits. Text fields keep their {@code <input>} and grids their cell contents in the
 * light DOM, where CSS selectors reach them.
 */
public final class ConsoleBrowser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final URI base;
    private final Path profile;
    private final ChromeDriver driver;

    public ConsoleBrowser(URL base) throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests drive Debian's Chromium: "
                    + "apt-get install -y chromium chromium-driver");
        }
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.profile = Files.createTempDirectory("console-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        this.driver = new ChromeDriver(service, options);
    }

    /**
     * A fresh wait for each use, so that one call's message or ignored exceptions never carry over to the next. An
     * element that Vaadin re-renders while it is read (a result replaced by a newer one) is looked up again rather
     * than failing the test as stale.
     */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebElement visible(String css) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void present(String css) {
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Types into a field, scrolled to the middle first: Selenium scrolls a field only to the edge of its scrolling
     * container, where a dialog's footer can cover it. When a click still lands on the dialog around the field (seen
     * in a dialog opened over a long list), the field is focused directly: typing is what is tested, not the click.
     */
    public void type(String css, String text) {
        WebElement input = visible(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        try {
            input.click();
        } catch (ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", input);
        }
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    public void typeAndLeave(String css, String text) {
        type(css, text);
        visible(css).sendKeys(Keys.TAB);
    }

    /** Presses keys in an element, e.g. Escape to close a combo box's overlay. */
    public void press(String css, CharSequence... keys) {
        visible(css).sendKeys(keys);
    }

    /**
     * Clicks an element once it is clickable, scrolled to the middle of the window first. A click that lands on
     * something laid over the element for a moment (a closing notification, a dialog's animation) is tried again
     * until the usual patience runs out, instead of failing on a busy machine.
     */
    public void click(String css) {
        patiently().ignoring(ElementClickInterceptedException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
            return true;
        });
    }

    public void signIn(String username, String password) {
        open("login");
        type("#vaadinLoginUsername input", username);
        type("#vaadinLoginPassword input", password);
        visible("#vaadinLoginPassword input").sendKeys(Keys.ENTER);
    }

    /** The texts of a grid's cells as they are rendered now. */
    @SuppressWarnings("unchecked")
    public List<String> cells(String gridCss) {
        Object texts = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0] + ' vaadin-grid-cell-content'))"
                        + ".map(cell => cell.textContent);", gridCss);
        return (List<String>) texts;
    }

    /**
     * Waits until a rendered cell of the grid reads {@code text}. A grid renders only the rows in view, and the
     * container tests share one console whose lists grow during a run, so while the cell is not rendered the grid is
     * scrolled on by ten rows at each look, around and around.
     */
    public void waitForCell(String gridCss, String text) {
        patiently().withMessage(() -> "a cell of " + gridCss + " reading '" + text + "'; cells: " + cells(gridCss))
                .until(d -> {
                    if (cells(gridCss).contains(text)) {
                        return true;
                    }
                    scrollOn(gridCss);
                    return false;
                });
    }

    private void scrollOn(String gridCss) {
        ((JavascriptExecutor) driver).executeScript("""
                const grid = document.querySelector(arguments[0]);
                if (grid && grid.size > 0) {
                    grid.scannedFrom = ((grid.scannedFrom || 0) + 10) % grid.size;
                    grid.scrollToIndex(grid.scannedFrom);
                }""", gridCss);
    }

    /**
     * Clicks the cell reading {@code text}. The grid re-renders its rows while it loads, so a click refused because the
     * cell is not (or no longer) interactable is looked up and tried again.
     */
    public void clickCell(String gridCss, String text) {
        waitForCell(gridCss, text);
        patiently()
                .withMessage("an interactable cell of " + gridCss + " reading '" + text + "' to click")
                .ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    WebElement cell = d.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content")).stream()
                            .filter(c -> text.equals(c.getDomProperty("textContent")))
                            .findFirst().orElse(null);
                    if (cell == null) {
                        return false;
                    }
                    cell.click();
                    return true;
                });
    }

    /**
     * Clicks the first element matching {@code css} whose text is {@code text}, e.g. a checkbox by its label. A click
     * refused because the element is not interactable yet (a combo box item while its overlay opens) is tried again
     * until the usual patience runs out.
     */
    public void clickWithText(String css, String text) {
        waitForText(css, text);
        patiently()
                .withMessage("an interactable " + css + " reading '" + text + "' to click")
                .ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    d.findElements(By.cssSelector(css)).stream()
                            .filter(e -> text.equals(String.valueOf(e.getDomProperty("textContent")).strip()))
                            .findFirst().orElseThrow(() -> new AssertionError("no " + css + " reading '" + text + "'"))
                            .click();
                    return true;
                });
    }

    /**
     * Waits until an element matching {@code css} reads {@code text}, searching shadow roots too: some overlays (a
     * combo box's items) may render there, where CSS selectors from the document do not reach.
     */
    public void waitForDeep(String css, String text) {
        String script = "const found = []; const walk = root => { root.querySelectorAll(arguments[0]).forEach(e =>"
                + " found.push(e)); root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) walk(e.shadowRoot);"
                + " }); }; walk(document); return found.some(e => e.textContent.trim() === arguments[1]);";
        patiently().withMessage(() -> "an element " + css + " reading '" + text + "', in any shadow root")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script, css, text)));
    }

    /**
     * Scrolls the element to the middle of the view first, then clicks: at the bottom edge, where Selenium would
     * scroll it, a notification or the layout's edge may lie over it.
     */
    public void clickCentered(String css) {
        scrollToCenter(css);
        click(css);
    }

    /** Scrolls the element to the middle of the view, within whichever layout scrolls it. */
    public void scrollToCenter(String css) {
        // Present, not visible: Selenium counts an element scrolled out of the layout's own scroll area as hidden.
        WebElement element = patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** The text of the first element matching {@code css} as it is now, without waiting; empty if there is none. */
    public String textNow(String css) {
        return readingAgainIfStale(() -> driver.findElements(By.cssSelector(css)).stream().findFirst()
                .map(e -> String.valueOf(e.getDomProperty("textContent"))).orElse(""));
    }

    /** Scrolls to the first element matching {@code css}, if there is one, without waiting. */
    public void scrollNow(String css) {
        driver.findElements(By.cssSelector(css)).stream().findFirst().ifPresent(e ->
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", e));
    }

    /** Sends keys to the element, e.g. to move through a combo box's items. */
    public void keys(String css, CharSequence... keys) {
        visible(css).sendKeys(keys);
    }

    /** Whether an element matching {@code css} and reading {@code text} is shown. */
    public boolean shows(String css, String text) {
        return readingAgainIfStale(() -> driver.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> text.equals(String.valueOf(e.getDomProperty("textContent")).strip()) && e.isDisplayed()));
    }

    /** Reads once more when an element was re-rendered between being found and being read. */
    private static <T> T readingAgainIfStale(Supplier<T> read) {
        try {
            return read.get();
        } catch (StaleElementReferenceException rerendered) {
            return read.get();
        }
    }

    /** Waits until some element matching {@code css} contains {@code text}. */
    public void waitForText(String css, String text) {
        patiently().withMessage(() -> "an element " + css + " containing '" + text + "'")
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .anyMatch(e -> String.valueOf(e.getDomProperty("textContent")).contains(text)));
    }

    public void waitForValue(String css, String value) {
        patiently().withMessage(() -> css + " to hold '" + value + "'")
                .until(d -> value.equals(visible(css).getDomProperty("value")));
    }

    public void waitForAttribute(String css, String attribute) {
        patiently().withMessage(() -> css + " with attribute " + attribute)
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .anyMatch(e -> e.getDomAttribute(attribute) != null));
    }

    public String property(String css, String property) {
        return readingAgainIfStale(() -> String.valueOf(visible(css).getDomProperty(property)));
    }

    public void waitUntilUrlEndsWith(String suffix) {
        patiently().withMessage(() -> "the URL to end with " + suffix + ", was " + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    /** A cookie's value, or null; HTTP-only cookies included. */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9_-]", "_") + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
