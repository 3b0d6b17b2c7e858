package org.policy321.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless, as every browser test drives them (browser downloads fail on the
 * build machines): a profile and a download folder of the test's own, English, a window large enough for Tasklist.
 */
public final class Chromium {

  private Chromium() {}

  public static ChromeOptions options(Path profileDir, Path downloadDir) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profileDir);
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloadDir.toString(),
        "download.prompt_for_download", false,
        "intl.accept_languages", "en-US"));
    return options;
  }

  public static ChromeDriverService driverService() {
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .usingAnyFreePort()
        .build();
  }
}
