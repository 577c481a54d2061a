package vn.cnnt.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cnnt.gateway.FakeServices;
import vn.cnnt.gateway.GatewayTestResource;
import vn.cnnt.kit.testing.Tokens;

/**
 * The docs portal in a real browser: headless Debian Chromium driven by Selenium through the system's chromedriver, so
 * nothing is downloaded. The browser is installed once per machine, outside the build ({@code .ci/run} runs
 * {@code gateway/src/test/browser/install-chromium.sh} before {@code ./verify}; a no-op when it is there); where it is
 * missing, this test is skipped and says how to install it.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DocsPortalBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TestHTTPResource("/docs/")
    URL docs;

    private WebDriver browser;
    private Path profile;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(
                Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "Skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. Install them once (as root) with"
                        + " gateway/src/test/browser/install-chromium.sh, as .ci/run does before ./verify.");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        FakeServices.resetAll();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic",
                        "--window-size=1400,1000",
                        "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void shouldRunTryItOutOnTheFundingApiThroughTheGatewayWithAToken() {
        String token = Tokens.viewer("04");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(docs.toString());

        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".topbar select"))))
                .selectByVisibleText("funding");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".info .title"), "funding-service API"));

        browser.findElement(By.cssSelector(".auth-wrapper .authorize")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux input")))
                .sendKeys(token);
        browser.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper .authorize"))
                .click();
        browser.findElement(By.cssSelector(".modal-ux .btn-done")).click();

        browser.findElement(By.cssSelector("#operations-funding-fundingSummary .opblock-summary"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".try-out__btn")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".btn.execute")))
                .click();

        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".live-responses-table .response .response-col_status")));
        assertThat(status.getText()).startsWith("200");
        assertThat(browser.findElement(By.cssSelector(".request-url pre")).getText())
                .as("the request goes to the gateway, not the service's own address")
                .isEqualTo(docs.toString().replaceFirst("/docs/$", "") + "/api/v1/funding/summary");
        assertThat(FakeServices.funding().lastHeader("Authorization")).isEqualTo("Bearer " + token);
    }
}
