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
import org.openqa.selenium.By;
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

    @Test
    void searchDocumentAndCascade(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: Chromium and its driver are not installed (apt-get install chromium chromium-driver)");
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(List.of(SeedCorpus.documents()), IndexProgress.SILENT);
        Files.createDirectories(SHOTS);
        try (OpenIndex index = OpenIndex.open(layout, Vocabulary.standard())) {
            Javalin app = ApiServer.create(new Library(index.search(), index.graph(), Vocabulary.standard())).start("127.0.0.1", 0);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1280,1000",
                    "--user-data-dir=" + dir.resolve("chrome-profile"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
            WebDriver browser = new ChromeDriver(service, options);
            try {
                String base = "http://127.0.0.1:" + app.port() + "/";
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                browser.get(base);
                WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
                box.sendKeys("phong chong dich", Keys.ENTER);
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".hit"), 5));
                assertTrue(browser.getPageSource().contains("<mark>phòng</mark>"), "matches marked with their diacritics");
                assertTrue(browser.getCurrentUrl().contains("q=phong+chong+dich") || browser.getCurrentUrl().contains("q=phong%20chong%20dich"),
                        browser.getCurrentUrl());
                shot(browser, "1-search.png");

                browser.get(base + "?q=" + "1102%2Fcd-ttg");
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".hit"), 1));
                browser.findElement(By.cssSelector(".hit a")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "2763/UBND-KGVX"));
                assertTrue(browser.findElement(By.id("main")).getText().contains("Lê Thành Đô"));
                // The lược đồ: what it does to the documents it names, in Vietnamese.
                assertTrue(browser.findElement(By.id("relations")).getText().contains("thực hiện: 1"),
                        browser.findElement(By.id("relations")).getText());
                shot(browser, "2-document.png");

                browser.findElement(By.linkText("Công điện 1102/CĐ-TTg")).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("cascade-link"))).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coverage")));
                String page = browser.findElement(By.id("main")).getText();
                assertTrue(page.contains("Các tỉnh: 1/63 đã triển khai"), page);
                assertTrue(browser.findElement(By.id("cascade-tree")).getText().contains("2763/UBND-KGVX"));
                assertEquals(1, browser.findElements(By.cssSelector("#coverage tr.yes")).size());
                assertTrue(browser.getCurrentUrl().contains("cascade=1102-cd-ttg-2021"), browser.getCurrentUrl());
                shot(browser, "3-cascade.png");

                // Errors in Vietnamese, as the rest of the page: a document that is not there, a bad date.
                browser.get(base + "?doc=no-such-document");
                WebElement alert = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
                assertEquals("Lỗi: Không có văn bản nào mang mã «no-such-document» trong chỉ mục.", alert.getText());
                browser.get(base + "?q=dich&from=2021-13-45");
                alert = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
                assertTrue(alert.getText().startsWith("Lỗi: Ngày bắt đầu (from) phải là một ngày có thật"), alert.getText());
            } finally {
                browser.quit();
                app.stop();
            }
        }
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
