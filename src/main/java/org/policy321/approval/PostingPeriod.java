package org.policy321.approval;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;

/**
 * How long the posting stays up (§III.R): until a date (the last day it is up) or open-ended. The
 * memo gives exactly one; the approval's review asks the requester to remove it when the date passes.
 * Requests from before the date field kept a free-text period, shown as it was written.
 */
public final class PostingPeriod {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private PostingPeriod() {}

  /**
   * The memo's two fields, checked: a date (ISO, {@code 2027-06-30}) not before {@code today}, or
   * open-ended; exactly one. Returns the date, or null for open-ended.
   */
  static LocalDate until(String until, Boolean openEnded, LocalDate today) {
    String date = FormValues.blankToNull(until);
    boolean open = Boolean.TRUE.equals(openEnded);
    if (date == null && !open) {
      throw new InvalidInputException("Say until when the posting stays up (a date), or tick \"open-ended\" "
          + "(§III.R): the requester removes it when the date passes.");
    }
    if (date != null && open) {
      throw new InvalidInputException("Give either the date until which the posting stays up or \"open-ended\", "
          + "not both (§III.R).");
    }
    if (date == null) {
      return null;
    }
    LocalDate parsed;
    try {
      parsed = LocalDate.parse(date);
    } catch (DateTimeException e) {
      throw new InvalidInputException("\"" + (date.length() > 40 ? date.substring(0, 40) + "…" : date)
          + "\" is not a date; give the last day of the posting as YYYY-MM-DD, e.g. 2027-06-30 (§III.R).");
    }
    if (parsed.isBefore(today)) {
      throw new InvalidInputException("The posting period cannot end in the past (" + parsed + "); give today or a "
          + "later date, or \"open-ended\" (§III.R).");
    }
    return parsed;
  }

  /**
   * The period as the memorandum, the approval copy and the decision form state it: "until 30 June
   * 2027" or "open-ended, reviewed every year"; for an older request its free text, as written.
   */
  public static String describe(LocalDate until, Boolean openEnded, String legacyText, String reviewInterval) {
    if (until != null) {
      return "until " + SHOWN.format(until);
    }
    if (Boolean.TRUE.equals(openEnded)) {
      return "open-ended, reviewed " + every(reviewInterval);
    }
    return legacyText == null ? "For the duration of the posting" : legacyText;
  }

  /** "every year", "every 6 months", …; the ISO duration itself when it is not a plain period. */
  static String every(String isoDuration) {
    try {
      Period period = Period.parse(isoDuration);
      if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
        return period.getYears() == 1 ? "every year" : "every " + period.getYears() + " years";
      }
      if (period.getYears() == 0 && period.getMonths() > 0 && period.getDays() == 0) {
        return period.getMonths() == 1 ? "every month" : "every " + period.getMonths() + " months";
      }
      if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0) {
        return period.getDays() == 1 ? "every day" : "every " + period.getDays() + " days";
      }
    } catch (DateTimeException | NullPointerException e) {
      // not a plain period (e.g. PT12H): named as configured
    }
    return "every " + isoDuration;
  }
}
