package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.Library;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.indexer.index.OpenIndex;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): search typed without diacritics, open a document, follow a citation to the order it
 * implements, open that order's cascade. Screenshots go to target/screenshots/. Skipped, saying
 * so, where Chromium is not installed.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void searchDocumentAndCascade(@TempDir Path dir) throws Exception {
        inBrowser(dir, List.of(SeedCorpus.documents()), (base, browser) -> {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(base);
            WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
            box.sendKeys("phong chong dich", Keys.ENTER);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".hit"), 5));
            assertTrue(browser.getPageSource().contains("<mark>phòng</mark>"), "matches marked with their diacritics");
            assertTrue(browser.getCurrentUrl().contains("q=phong+chong+dich") || browser.getCurrentUrl().contains("q=phong%20chong%20dich"),
                    browser.getCurrentUrl());
            assertNoSeriousViolations(browser, "search");
            shot(browser, "1-search.png");

            browser.get(base + "?q=" + "1102%2Fcd-ttg");
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".hit"), 1));
            browser.findElement(By.cssSelector(".hit a")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "2763/UBND-KGVX"));
            assertTrue(browser.findElement(By.id("main")).getText().contains("Lê Thành Đô"));
            // The lược đồ: what it does to the documents it names, in Vietnamese.
            assertTrue(browser.findElement(By.id("relations")).getText().contains("thực hiện: 1"),
                    browser.findElement(By.id("relations")).getText());
            assertNoSeriousViolations(browser, "document");
            shot(browser, "2-document.png");

            browser.findElement(By.linkText("Công điện 1102/CĐ-TTg")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("cascade-link"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coverage-map")));
            String page = browser.findElement(By.id("main")).getText();
            assertTrue(page.contains("1/63 tỉnh, thành phố đã có văn bản triển khai"), page);
            assertTrue(browser.findElement(By.id("cascade-tree")).getText().contains("2763/UBND-KGVX"));
            assertTrue(browser.getCurrentUrl().contains("cascade=1102-cd-ttg-2021"), browser.getCurrentUrl());
            assertPictures(browser, 63, 1);
            // The 2021 order's provinces are named as they were then.
            assertTrue(browser.findElement(By.id("coverage")).getText().contains("Thừa Thiên Huế"));
            // The table: filtered to the provinces not answered, then sorted.
            browser.findElement(By.id("only-not-yet")).click();
            assertEquals(62, browser.findElements(By.cssSelector("#coverage tbody tr")).size());
            browser.findElement(By.id("only-not-yet")).click();
            browser.findElement(By.cssSelector("#coverage th[data-key=status] button")).click();
            assertEquals("Điện Biên", browser.findElement(By.cssSelector("#coverage tbody tr th")).getText());
            assertNoSeriousViolations(browser, "cascade");
            shot(browser, "3-cascade.png");
            // On a phone the page does not scroll sideways: pictures scale, the wide table scrolls in its box.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coverage-map")));
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "sideways scroll on a phone");
            shot(browser, "6-phone-cascade.png");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coverage-map")));
            // A tile is reachable by keyboard and opens the province's documents on this order.
            WebElement tile = browser.findElement(By.cssSelector("#map-box a.tile-link[data-province='Điện Biên']"));
            tile.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".hit"), 1));
            assertTrue(browser.getCurrentUrl().contains("province="), browser.getCurrentUrl());

            browser.get(base + "?cascade=30-2021-qh15");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coverage-map")));
            JsonNode coverage = json(base + "api/documents/30-2021-qh15/coverage");
            assertPictures(browser, coverage.get("of").asInt(), coverage.get("responded").asInt());
            assertEquals(browser.findElements(By.cssSelector("#cascade-picture .branch")).size(),
                    browser.findElements(By.cssSelector("#cascade-tree li")).size(), "the picture and the list say the same");
            shot(browser, "4-cascade-30-2021-qh15.png");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 3000)); // whole pictures
            shotOf(browser, "coverage-map", "map-30-2021-qh15.png");
            shotOf(browser, "response-curve", "curve-30-2021-qh15.png");
            shotOf(browser, "cascade-picture", "tree-30-2021-qh15.png");

            // Another order overlaid on the response curve, added by its số, ký hiệu; one unknown is said so.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            browser.get(base + "?cascade=1102-cd-ttg-2021");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("response-curve")));
            browser.findElement(By.id("compare")).sendKeys("30/2021/QH15", Keys.ENTER);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#response-curve path.curve"), 2));
            assertTrue(browser.getCurrentUrl().contains("compare=30-2021-qh15"), browser.getCurrentUrl());
            assertEquals(List.of("1102/CĐ-TTg", "30/2021/QH15"), browser.findElements(By.cssSelector("#response-curve .curve-label"))
                    .stream().map(WebElement::getText).toList());
            assertTrue(browser.findElement(By.id("response-curve")).getAttribute("aria-label").contains("So sánh; 30/2021/QH15: 1 trên 63"),
                    browser.findElement(By.id("response-curve")).getAttribute("aria-label"));
            shotOf(browser, "response-curve", "curve-compared.png");
            browser.findElement(By.id("compare")).sendKeys("9999/XYZ-ABC", Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compare-error"), "Không tìm thấy"));

            // Errors in Vietnamese, as the rest of the page: a document that is not there, a bad date.
            browser.get(base + "?doc=no-such-document");
            WebElement alert = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertEquals("Lỗi: Không có văn bản nào mang mã «no-such-document» trong chỉ mục.", alert.getText());
            browser.get(base + "?q=dich&from=2021-13-45");
            alert = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertTrue(alert.getText().startsWith("Lỗi: Ngày bắt đầu (from) phải là một ngày có thật"), alert.getText());
        });
    }

    /**
     * An order of ../shared/corpus answered by several provinces: Nghị quyết 57-NQ/TW (2024), its
     * map, curve and tree, as the seeds' are, and saved for the README.
     */
    @Test
    void picturesOfAnOrderOfTheSharedCorpus(@TempDir Path dir) throws Exception {
        Path tvpl = vn.vanban.corpus.SharedData.require(Path.of("..", "..", "shared", "corpus", "tvpl"));
        inBrowser(dir, List.of(tvpl), (base, browser) -> {
            JsonNode coverage = json(base + "api/documents/57-nq-tw-2024/coverage");
            assertTrue(coverage.get("responded").asInt() >= 5, coverage.toString());
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 3000));
            browser.get(base + "?cascade=57-nq-tw-2024");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("coverage-map")));
            assertPictures(browser, coverage.get("of").asInt(), coverage.get("responded").asInt());
            // Answered tiles are coloured by their bin, each bin's colour its own.
            assertEquals(coverage.get("responded").asInt(), browser.findElements(By.cssSelector("#coverage-map rect.tile.answered")).size());
            assertNoSeriousViolations(browser, "cascade of 57-NQ/TW");
            shotOf(browser, "coverage-map", "map-57-nq-tw.png");
            shotOf(browser, "response-curve", "curve-57-nq-tw.png");
            shotOf(browser, "cascade-picture", "tree-57-nq-tw.png");
            shotOf(browser, "timeline", "timeline-57-nq-tw.png");
        });
    }

    /**
     * An order that sets a deadline (documents written for the test: src/test/resources/deadline-order,
     * a report due 30/9/2021, Điện Biên answering on 10/9, Lai Châu on 5/10, a district on 14/9): the deadline said
     * above the map, the late province's tile with a dashed border counted in the legend, and the
     * table's column against the deadline.
     */
    @Test
    void deadlinesOnTheMapAndTheTable(@TempDir Path dir) throws Exception {
        inBrowser(dir, List.of(Path.of("src", "test", "resources", "deadline-order")), (base, browser) -> {
            browser.get(base + "?cascade=999-cd-ttg-2021");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("coverage-map")));
            String said = browser.findElement(By.id("deadline")).getText();
            assertTrue(said.startsWith("Hạn: 30/9/2021 — báo cáo Thủ tướng Chính phủ"), said);
            assertTrue(said.contains("Đúng hạn: 1, trễ hạn: 1, chưa có văn bản: 61"), said);
            assertPictures(browser, 63, 2);
            assertEquals(1, browser.findElements(By.cssSelector("#coverage-map rect.tile[stroke-dasharray]")).size());
            assertTrue(browser.findElement(By.cssSelector("#coverage-map .legend")).getText().contains("trễ hạn 30/9/2021 (1)"));
            String table = browser.findElement(By.id("coverage")).getText();
            assertTrue(table.contains("So với hạn") && table.contains("Trễ hạn") && table.contains("Đúng hạn"), table);
            // A district's letter answering the order itself sits under a row of its province (the
            // reader cannot tell Mường Ảng's province from its header: it says so).
            List<WebElement> groups = browser.findElements(By.cssSelector("#cascade-picture text.province-group"));
            assertEquals(List.of("Không rõ tỉnh: 1 văn bản cấp huyện, xã"), groups.stream().map(WebElement::getText).toList());
            assertEquals(3, browser.findElements(By.cssSelector("#cascade-picture .branch")).size());
            // The group folds away and opens again, by keyboard, the focus staying on its button.
            WebElement fold = browser.findElement(By.cssSelector("#tree-box button.tree-toggle[aria-expanded='true']"));
            assertTrue(fold.getAttribute("aria-label").startsWith("Thu gọn 1 văn bản dưới Không rõ tỉnh"), fold.getAttribute("aria-label"));
            fold.sendKeys(Keys.ENTER);
            assertEquals(2, browser.findElements(By.cssSelector("#cascade-picture .branch")).size(), "folded");
            assertEquals("Không rõ tỉnh: 1 văn bản cấp huyện, xã (+1)",
                    browser.findElement(By.cssSelector("#cascade-picture text.province-group")).getText());
            WebElement open = browser.switchTo().activeElement();
            assertEquals("false", open.getAttribute("aria-expanded"), "the focus stays on the button, now to open");
            assertTrue(browser.findElement(By.id("cascade-picture")).getAttribute("aria-label").contains("1 văn bản đang thu gọn"));
            open.sendKeys(Keys.ENTER);
            assertEquals(3, browser.findElements(By.cssSelector("#cascade-picture .branch")).size(), "opened again");
            assertNoSeriousViolations(browser, "cascade with a deadline");
            shot(browser, "5-deadline.png");
        });
    }

    /**
     * An order of 2007 over the 64 provinces of its time (documents written for the test:
     * src/test/resources/order-2007, answered by Hà Tây on 20/3 and by Điện Biên on 2/5, after the
     * deadline of 30/4): Hà Tây's tile on the map, the list's period said.
     */
    @Test
    void anOrderOf2007OnTheMapOfItsTime(@TempDir Path dir) throws Exception {
        inBrowser(dir, List.of(Path.of("src", "test", "resources", "order-2007")), (base, browser) -> {
            browser.get(base + "?cascade=15-2007-ct-ttg");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("coverage-map")));
            assertPictures(browser, 64, 2);
            WebElement haTay = browser.findElement(By.cssSelector("#map-box a.tile-link[data-province='Hà Tây']"));
            assertTrue(haTay.getAttribute("aria-label").startsWith("Hà Tây: đã triển khai, sau 8 ngày"), haTay.getAttribute("aria-label"));
            String said = browser.findElement(By.id("main")).getText();
            assertTrue(said.contains("2/64 tỉnh, thành phố") && said.contains("danh mục 64 tỉnh, thành phố ngày 12/3/2007, có từ 1/1/2004 đến 31/7/2008"), said);
            assertTrue(browser.findElement(By.id("deadline")).getText().contains("Đúng hạn: 1, trễ hạn: 1"),
                    browser.findElement(By.id("deadline")).getText());
            assertNoSeriousViolations(browser, "cascade of 2007");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
            shotOf(browser, "coverage-map", "map-2007-64-provinces.png");
        });
    }

    /** What a test does with the page: its address and the browser. */
    private interface Visit {
        void run(String base, WebDriver browser) throws Exception;
    }

    /** {@code roots} indexed, served on a free port, and visited in headless Chromium (skipped, saying so, without it). */
    private static void inBrowser(Path dir, List<Path> roots, Visit visit) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: Chromium and its driver are not installed (apt-get install chromium chromium-driver)");
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard()).index(roots, IndexProgress.SILENT);
        Files.createDirectories(SHOTS);
        try (OpenIndex index = OpenIndex.open(layout, Vocabulary.standard())) {
            Javalin app = ApiServer.create(new Library(index.search(), index.graph(), Vocabulary.standard())).start("127.0.0.1", 0);
            WebDriver browser = browser(dir);
            try {
                visit.run("http://127.0.0.1:" + app.port() + "/", browser);
            } finally {
                browser.quit();
                app.stop();
            }
        }
    }

    private static JsonNode json(String url) throws Exception {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return JSON.readTree(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        }
    }

    private static WebDriver browser(Path dir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + dir.resolve("chrome-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * The map has a tile for each province of the order's date, the legend names every bin and
     * "chưa triển khai", the hatched tiles are the provinces not answered; each picture is an image
     * with a summary for screen readers, and the table is there beside it.
     */
    private static void assertPictures(WebDriver browser, int of, int responded) {
        assertEquals(of, browser.findElements(By.cssSelector("#coverage-map rect.tile")).size());
        assertEquals(of - responded, browser.findElements(By.cssSelector("#coverage-map rect.tile.not-answered[fill='url(#hatch)']")).size());
        assertEquals(of, browser.findElements(By.cssSelector("#map-box a.tile-link")).size(), "a link a tile");
        // Each link lies over its tile, where a pointer finds it.
        for (String province : List.of("Điện Biên", "Cà Mau", "Hà Nội")) {
            var tile = browser.findElement(By.cssSelector("#coverage-map rect.tile[data-province='" + province + "']")).getRect();
            var link = browser.findElement(By.cssSelector("#map-box a.tile-link[data-province='" + province + "']")).getRect();
            assertTrue(Math.abs(tile.getX() - link.getX()) <= 2 && Math.abs(tile.getY() - link.getY()) <= 2
                    && Math.abs(tile.getWidth() - link.getWidth()) <= 2, province + ": tile at " + tile.getX() + "," + tile.getY() + " (" + tile.getWidth() + " wide), link at "
                    + link.getX() + "," + link.getY() + " (" + link.getWidth() + " wide)");
        }
        String legend = browser.findElement(By.cssSelector("#coverage-map .legend")).getText();
        for (String label : List.of("0–", "trên ", "chưa triển khai (" + (of - responded) + ")", "Hoàng Sa", "Trường Sa")) {
            assertTrue(legend.contains(label), legend);
        }
        assertEquals(browser.findElements(By.id("deadline")).isEmpty() ? 7 : 8,
                browser.findElements(By.cssSelector("#coverage-map .legend g rect")).size(), "six bins, the hatched swatch (and the late one)");
        for (String id : List.of("coverage-map", "response-curve", "cascade-picture", "timeline")) {
            WebElement svg = browser.findElement(By.id(id));
            assertEquals("img", svg.getAttribute("role"), id);
            assertTrue(svg.getAttribute("aria-label").length() > 20, id + ": " + svg.getAttribute("aria-label"));
        }
        assertEquals(of, browser.findElements(By.cssSelector("#coverage tbody tr")).size());
        assertTrue(browser.findElement(By.cssSelector("#coverage caption")).getText().startsWith("Các tỉnh, thành phố"));
        assertTrue(browser.findElements(By.cssSelector("#response-curve path.curve")).size() == 1);
        assertEquals(responded > 0 ? 2 : 0, browser.findElements(By.cssSelector("#response-curve line.marker")).size());
        assertTrue(browser.findElements(By.cssSelector("[aria-live]")).isEmpty(), "no live region over the whole page");
    }

    /** axe-core (its webjar) run in the page: no violation of serious or critical impact. */
    private static void assertNoSeriousViolations(WebDriver browser, String page) throws Exception {
        String axe;
        try (var in = BrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        assertEquals(List.of(), found, page + " page");
    }

    private static void shotOf(WebDriver browser, String id, String name) throws Exception {
        File f = browser.findElement(By.id(id)).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
