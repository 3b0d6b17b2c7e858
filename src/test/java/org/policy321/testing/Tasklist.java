package org.policy321.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in Debian's headless Chromium, driven the way a person uses it: the login form,
 * the user menu, "Start process", the task list, Claim and Complete. Form fields are found by the
 * ids and names of {@code forms/*.html}. Every wait is an explicit one.
 */
public final class Tasklist implements AutoCloseable {

  public static final Duration UI_TIMEOUT = Duration.ofSeconds(20);
  /** How long a webapp may take to load and start after its address is opened (its login form, its header). */
  private static final Duration APP_LOAD_TIMEOUT = Duration.ofSeconds(60);

  private static final By USERNAME = By.cssSelector("input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
  private static final By USER_MENU = By.cssSelector("li.account > a.dropdown-toggle");
  private static final By LOG_OUT = By.cssSelector("li.account li.logout > a");
  private static final By START_BUTTON = By.cssSelector(".modal button[ng-click='startProcessInstance()']");
  private static final By MODAL_ERROR = By.cssSelector(".modal .alert-danger");
  private static final By MODAL_CLOSE = By.cssSelector(".modal button[ng-click='$dismiss()']");
  private static final By TASK_NAME = By.cssSelector("[cam-tasklist-task] h2.task");
  private static final By CLAIM = By.cssSelector("button.claim");
  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
  private static final By NOTIFICATION_CLOSE = By.cssSelector(".page-notifications button[ng-click^='removeNotification']");
  private static final By ERROR_NOTIFICATION = By.cssSelector(".page-notifications .alert-danger");
  /** The message of a refusal, without Tasklist's own heading before it ("The process could not be started:"). */
  private static final By MODAL_ERROR_MESSAGE = By.cssSelector(".modal .alert-danger .message");
  private static final By ERROR_NOTIFICATION_MESSAGE = By.cssSelector(".page-notifications .alert-danger .message");

  private final String baseUrl;
  private final String tasklistUrl;
  private final Path profileDir;
  private final Path downloadDir;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  public Tasklist(String baseUrl) {
    this(baseUrl, false);
  }

  /** With {@code recordNetwork}, Chromium keeps a log of its requests' answers, for {@link #statusesOf}. */
  public Tasklist(String baseUrl, boolean recordNetwork) {
    this.baseUrl = baseUrl;
    this.tasklistUrl = baseUrl + "/camunda/app/tasklist/default/";
    try {
      profileDir = Files.createTempDirectory("tasklist-chromium-profile");
      downloadDir = Files.createTempDirectory("tasklist-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = Chromium.options(profileDir, downloadDir);
    if (recordNetwork) {
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    }
    service = Chromium.driverService();
    driver = new ChromeDriver(service, options);
    // Angular re-renders parts of the page while we look at them: look again rather than fail.
    wait = new WebDriverWait(driver, UI_TIMEOUT);
    wait.ignoring(StaleElementReferenceException.class);
  }

  // --- session -------------------------------------------------------------------------------

  /** Logs in through Tasklist's login form and waits until the header names the user. */
  public void login(String userId, String password, String fullName) {
    loginAt(tasklistUrl, userId, password, fullName);
  }

  /** Logs in through Cockpit's login form (auditors, who have no Tasklist) and waits until the header names the user. */
  public void loginToCockpit(String userId, String password, String fullName) {
    loginAt(baseUrl + "/camunda/app/cockpit/default/", userId, password, fullName);
  }

  private void loginAt(String appUrl, String userId, String password, String fullName) {
    driver.get(appUrl);
    // An app's first load fetches and starts its whole bundle: on a busy 2-core machine that alone can take longer
    // than a step on a loaded page (seen once: Tasklist's spinner still turning after 20 s).
    WebDriverWait appLoad = new WebDriverWait(driver, APP_LOAD_TIMEOUT);
    appLoad.ignoring(StaleElementReferenceException.class);
    appLoad.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    submitLogin(userId, password);
    // Now and then (seen in CI and here) the starting app loses a field we typed: the form stood
    // with the user name and an empty password, the browser's "Please fill out this field" on it, and the header
    // never came. A form with an empty field is filled again. A refused password empties both fields too, but shows
    // an error: that is left alone, so a wrong password still fails here and is not tried twice.
    appLoad.withMessage(() -> "the header naming " + fullName + " after signing in as " + userId
        + "; the page shows: " + abbreviated(visiblePageText())).until(driver -> {
      if (driver.findElements(USER_MENU).stream().anyMatch(menu -> menu.getText().contains(fullName))) {
        return true;
      }
      if (loginFormHasEmptyField() && driver.findElements(ERROR_NOTIFICATION).isEmpty()) {
        submitLogin(userId, password);
      }
      return false;
    });
  }

  private boolean loginFormHasEmptyField() {
    return Stream.of(USERNAME, PASSWORD).map(driver::findElements)
        .anyMatch(fields -> !fields.isEmpty() && fields.get(0).isDisplayed()
            && fields.get(0).getDomProperty("value").isEmpty());
  }

  private static String abbreviated(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= 400 ? oneLine : oneLine.substring(0, 400) + "…";
  }

  private void submitLogin(String userId, String password) {
    type(USERNAME, userId);
    type(PASSWORD, password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /** Logs out through the user menu in the header, back to the login form. */
  public void logout() {
    dismissNotifications();
    click(USER_MENU);
    click(LOG_OUT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
  }

  // --- starting a process --------------------------------------------------------------------

  /** "Start process" in the header, then the process by its name; waits for its start form. */
  public void openStartForm(String processName, By firstField) {
    click(By.partialLinkText("Start process"));
    click(By.linkText(processName));
    wait.until(ExpectedConditions.visibilityOfElementLocated(firstField));
  }

  /** The start form's "Start" button; fails with Tasklist's message if the server refuses. */
  public void submitStartForm() {
    click(START_BUTTON);
    wait.until(driver -> {
      List<WebElement> errors = driver.findElements(MODAL_ERROR).stream().filter(WebElement::isDisplayed).toList();
      if (!errors.isEmpty()) {
        throw new AssertionError("Tasklist refused the start form: " + errors.get(0).getText());
      }
      return driver.findElements(START_BUTTON).isEmpty();
    });
  }

  /** The start form's "Start" button when the server refuses the form: the message Tasklist shows. */
  public String submitStartFormRefused() {
    click(START_BUTTON);
    return refusal(MODAL_ERROR_MESSAGE);
  }

  /** The start dialog's "Close": nothing is sent; waits until the dialog is gone. */
  public void closeStartForm() {
    click(MODAL_CLOSE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
  }

  /**
   * The confirmations (info notifications) Tasklist shows at the bottom right, each as its status line and message
   * ("Your request DR-12 was received. Its number is …"), once one containing {@code expected} is shown.
   */
  public String awaitNotification(String expected) {
    String[] shown = {""};
    try {
      return wait.until(driver -> {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) driver).executeScript(
            "return Array.from(document.querySelectorAll('.page-notifications .alert-info'))"
                + ".map(a => (a.querySelector('.status').textContent + ' ' + a.querySelector('.message').textContent)"
                + ".replace(/\\s+/g, ' ').trim());");
        shown[0] = String.valueOf(texts);
        return texts.stream().filter(text -> text.contains(expected)).findFirst().orElse(null);
      });
    } catch (TimeoutException e) {
      throw new AssertionError("No notification containing \"" + expected + "\"; shown: " + shown[0], e);
    }
  }

  // --- the header and the filter list --------------------------------------------------------

  /** Clicks a link in Tasklist's header (its actions, beside "Start process") and waits for the element it opens. */
  public void followHeaderLink(String linkText, By shown) {
    click(new ByChained(By.cssSelector("[cam-widget-header]"), By.partialLinkText(linkText)));
    wait.until(ExpectedConditions.visibilityOfElementLocated(shown));
  }

  /** The names of the filters in Tasklist's filter list, top to bottom, once it has loaded (without the task count). */
  @SuppressWarnings("unchecked")
  public List<String> filterNames() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter h4.name a")));
    return (List<String>) ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('.task-filter h4.name a'))"
            + ".map(a => a.firstChild.textContent.trim());");
  }

  /** Clicks a filter of Tasklist's filter list by its name and waits until it is the one whose tasks are listed. */
  public void openFilter(String name) {
    By filter = By.xpath("//div[contains(concat(' ', @class, ' '), ' task-filter ')]"
        + "[.//h4[contains(@class, 'name')]/a[normalize-space(text()[1])=" + xpathLiteral(name) + "]]");
    click(new ByChained(filter, By.cssSelector("h4.name a")));
    wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
  }

  // --- tasks ---------------------------------------------------------------------------------

  /**
   * Clicks the task in the task list (found by its id, checked by its name) and waits for its
   * form. The list does not refresh by itself: a task it does not show yet is looked for again
   * after reloading the page.
   */
  public void openTask(String taskId, String taskName, By formField) {
    By entry = By.cssSelector("ol.tasks-list a[href$='task=" + taskId + "']");
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(entry));
    } catch (TimeoutException notListedYet) {
      driver.navigate().refresh();
    }
    // The list is drawn afresh when Tasklist polls it (seen in CI: the link found went stale before its click), so
    // the entry is looked up for each use.
    String listed = actOn(entry, link -> link.getText().trim());
    if (!listed.equals(taskName)) {
      throw new AssertionError("Task " + taskId + " is listed as \"" + listed + "\", not \"" + taskName + "\"");
    }
    click(entry);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(TASK_NAME, taskName));
    wait.until(ExpectedConditions.visibilityOfElementLocated(formField));
  }

  /** The name of the open task, as Tasklist heads its form with it. */
  public String taskNameShown() {
    return textOf(TASK_NAME);
  }

  /** Claims a candidate-group task; its form becomes editable. */
  public void claim(By formField) {
    click(CLAIM);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
    wait.until(ExpectedConditions.elementToBeClickable(formField));
  }

  /**
   * Clicks "Complete" and waits until the engine has completed the task; if Tasklist shows an
   * error instead (the server refused the input), fails with its message.
   */
  public void complete(BooleanSupplier taskCompleted) {
    dismissNotifications();
    click(COMPLETE);
    waitFor(Duration.ofSeconds(30), "the task to be completed", () -> {
      Optional<String> error = visibleText(ERROR_NOTIFICATION);
      if (error.isPresent()) {
        throw new AssertionError("Tasklist refused to complete the task: " + error.get());
      }
      return taskCompleted.getAsBoolean();
    });
  }

  /** "Complete" when the server refuses the form: the message Tasklist shows; the task stays open. */
  public String completeRefused() {
    dismissNotifications();
    click(COMPLETE);
    return refusal(ERROR_NOTIFICATION_MESSAGE);
  }

  /** The refusal Tasklist shows after an action on the task other than Complete (claim, reset the assignee). */
  public String refusalShown() {
    return refusal(ERROR_NOTIFICATION_MESSAGE);
  }

  /** The message of the refusal Tasklist shows; failing, says which alerts the page has instead. */
  private String refusal(By message) {
    try {
      return wait.until(driver -> driver.findElements(message).stream()
          .map(found -> (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent;", found))
          .map(String::trim).filter(text -> !text.isEmpty()).findFirst().orElse(null));
    } catch (TimeoutException e) {
      Object alerts = ((JavascriptExecutor) driver).executeScript(
          "return Array.from(document.querySelectorAll('.alert')).map(a => a.className + ': ' + a.textContent.trim());");
      throw new AssertionError("No refusal in " + message + "; the page's alerts: " + alerts, e);
    }
  }

  // --- the application's own pages (outside Tasklist) -----------------------------------------

  /** Opens a page of the application, such as {@code /report}, and waits until the element is shown. */
  public void openPage(String path, By shown) {
    openUrl(baseUrl + path, shown);
  }

  /** Opens a page anywhere, such as a page of another site, and waits until the element is shown. */
  public void openUrl(String url, By shown) {
    driver.get(url);
    wait.until(ExpectedConditions.visibilityOfElementLocated(shown));
  }

  /**
   * From now on the browser sends these headers with every request, as it does with HTTP basic
   * credentials it keeps for a site once a page made it ask for them.
   */
  public void sendWithEveryRequest(Map<String, String> headers) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
  }

  /**
   * The HTTP statuses of the answers the browser got, since the last call, from URLs starting with
   * {@code urlPrefix} — also those a page's script cannot read (another site's). Needs recordNetwork.
   */
  public List<Integer> statusesOf(String urlPrefix) {
    List<Integer> statuses = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = readJson(entry.getMessage()).path("message");
      JsonNode response = message.path("params").path("response");
      if ("Network.responseReceived".equals(message.path("method").asText())
          && response.path("url").asText().startsWith(urlPrefix)) {
        statuses.add(response.path("status").asInt());
      }
    }
    return statuses;
  }

  private static JsonNode readJson(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Clicks a button or link of a page. */
  public void press(By button) {
    click(button);
  }

  // --- form fields ---------------------------------------------------------------------------

  public void type(By field, String text) {
    onElement(field, element -> {
      element.clear();
      element.sendKeys(text);
    });
  }

  /**
   * Enters a date into an {@code <input type="date">}: the picker's typed form depends on Chromium's locale, so the
   * value is set as the picker sets it, with the events a person's entry fires.
   */
  public void enterDate(By field, java.time.LocalDate date) {
    enterPicked(field, date.toString());
  }

  /** Enters a time into an {@code <input type="datetime-local">} ("2026-05-04T14:30"), as {@link #enterDate} does. */
  public void enterDateTime(By field, java.time.LocalDateTime time) {
    enterPicked(field, time.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
  }

  private void enterPicked(By field, String value) {
    onElement(field, element -> ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", element, value));
  }

  /** Ticks a checkbox unless it is ticked, scrolled into view first (a long form's last box sits under the footer). */
  public void tick(By checkbox) {
    // Wrapped: a wait takes a plain false for "not yet".
    if (!actOn(checkbox, element -> Optional.of(element.isSelected())).get()) {
      click(checkbox);
    }
  }

  /** Chooses an option by its text, once it is there (forms may load their options, e.g. the clause catalogue). */
  public void choose(By select, String visibleText) {
    By option = new ByChained(select, By.xpath(".//option[normalize-space(.)=" + xpathLiteral(visibleText) + "]"));
    wait.until(ExpectedConditions.presenceOfElementLocated(option));
    onElement(select, element -> new Select(element).selectByVisibleText(visibleText));
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  /** Hands a local file to an {@code <input type="file">}, as the file chooser would. */
  public void upload(By fileInput, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(fileInput)).sendKeys(file.toAbsolutePath().toString());
  }

  /** The text of an element once it is shown and not empty (Angular fills it in). */
  public String textOf(By element) {
    return wait.until(driver -> {
      WebElement found = driver.findElement(element);
      String text = found.isDisplayed() ? found.getText().trim() : "";
      return text.isEmpty() ? null : text;
    });
  }

  /** A computed style of a shown element (e.g. {@code white-space}: does a long text wrap?). */
  public String cssValue(By element, String property) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(element)).getCssValue(property);
  }

  /**
   * Waits until the element shows exactly {@code expected} (a form may show a placeholder such as
   * "—" until its variables arrive); fails with what it shows instead.
   */
  public void awaitText(By element, String expected) {
    String[] shown = {null};
    try {
      wait.until(driver -> {
        WebElement found = driver.findElement(element);
        shown[0] = found.isDisplayed() ? found.getText().trim() : "(hidden)";
        return expected.equals(shown[0]);
      });
    } catch (TimeoutException e) {
      throw new AssertionError("Expected " + element + " to show \"" + expected + "\" but it shows \"" + shown[0] + "\"", e);
    }
  }

  /**
   * Waits until the element's text is exactly {@code expected}, also "" (an empty hint, which a browser does not
   * count as shown); fails with the text it has instead.
   */
  public void awaitTextContent(By element, String expected) {
    String[] text = {null};
    try {
      wait.until(driver -> {
        text[0] = ((String) ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent;",
            driver.findElement(element))).trim();
        return expected.equals(text[0]);
      });
    } catch (TimeoutException e) {
      throw new AssertionError("Expected " + element + " to read \"" + expected + "\" but it reads \"" + text[0] + "\"", e);
    }
  }

  /** What a style sheet adds after the element's content ({@code ::after}), as the browser renders it. */
  public String contentAfter(By element) {
    WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(element));
    return (String) driver.executeScript("return getComputedStyle(arguments[0], '::after').content;", found);
  }

  /**
   * The open task's due date as Tasklist's task header shows it, relative to now ("in 5 days", "in 4 hours"): the
   * deadline a person sees on the task (issue 17).
   */
  public String dueDateShown() {
    return textOf(By.cssSelector(".due-date [am-time-ago]"));
  }

  /** Whether a button can be pressed (not greyed out), once it is shown. */
  public boolean isEnabled(By button) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(button)).isEnabled();
  }

  /** The page's title, as the browser's tab shows it. */
  public String title() {
    return driver.getTitle();
  }

  /** All text the page shows now (hidden elements' text excluded, as a person sees it). */
  public String visiblePageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The text of every shown element the locator finds, in page order (e.g. a table's first column). */
  public List<String> shownTexts(By locator) {
    return driver.findElements(locator).stream().filter(WebElement::isDisplayed).map(e -> e.getText().trim()).toList();
  }

  /** Whether the page has an element the locator finds, shown or hidden. */
  public boolean isPresent(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  /** Whether any element the locator finds is shown. */
  public boolean isShown(By locator) {
    return visibleText(locator).isPresent();
  }

  /** Clicks a download link and returns the finished download (the one file that was not there before). */
  public Path download(By link, Duration timeout) {
    List<Path> before = finishedDownloads();
    click(link);
    Path[] file = new Path[1];
    waitFor(timeout, "a download in " + downloadDir, () -> {
      try {
        List<Path> done = new ArrayList<>(finishedDownloads());
        done.removeAll(before);
        if (done.size() == 1 && Files.size(done.get(0)) > 0) {
          file[0] = done.get(0);
          return true;
        }
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return file[0];
  }

  /** The downloads Chromium has finished: it writes to a hidden temporary file, then a .crdownload, and renames it. */
  private List<Path> finishedDownloads() {
    try (Stream<Path> files = Files.list(downloadDir)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".crdownload");
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  /** Waits for a condition outside the page (the engine, the download folder). */
  public void waitFor(Duration timeout, String what, BooleanSupplier condition) {
    new FluentWait<>(driver)
        .withTimeout(timeout)
        .pollingEvery(Duration.ofMillis(250))
        .withMessage("waiting for " + what)
        .ignoring(StaleElementReferenceException.class)
        .until(driver -> condition.getAsBoolean());
  }

  /** Closes Tasklist's notifications at the bottom right; they can cover the Complete button. */
  public void dismissNotifications() {
    for (WebElement close : driver.findElements(NOTIFICATION_CLOSE)) {
      try {
        if (close.isDisplayed()) {
          close.click();
        }
      } catch (StaleElementReferenceException | ElementClickInterceptedException e) {
        // gone by itself meanwhile
      }
    }
  }

  /**
   * Does something with the element once it is clickable, found afresh each try: Angular may draw it anew between
   * finding and acting (a stale element), and then it is found and acted on again. Like any wait, it tries again
   * while the action answers null or false.
   */
  private <T> T actOn(By locator, java.util.function.Function<WebElement, T> action) {
    return wait.until(driver -> {
      WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
      return element == null ? null : action.apply(element);
    });
  }

  /** {@link #actOn} for an action that answers nothing. */
  private void onElement(By locator, java.util.function.Consumer<WebElement> action) {
    actOn(locator, element -> {
      action.accept(element);
      return element;
    });
  }

  /** Scrolls the element to the middle of the window and clicks it; found afresh if it was drawn anew or covered. */
  private void click(By locator) {
    // Twice the budget of one wait: as before, up to one to be shown and one more for a cover (a notice) to go.
    new WebDriverWait(driver, UI_TIMEOUT.multipliedBy(2))
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(StaleElementReferenceException.class)
        .until(driver -> {
          WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
          if (element == null) {
            return false;
          }
          ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
          element.click();
          return true;
        });
  }

  private Optional<String> visibleText(By locator) {
    return driver.findElements(locator).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .findFirst();
  }

  /** A screenshot of the page as it is now, for debugging a failed step. */
  public void screenshot(Path target) {
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      System.err.println("No screenshot " + target + ": " + e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteQuietly(profileDir);
      deleteQuietly(downloadDir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temp folder left behind is no reason to fail the test
    }
  }
}
