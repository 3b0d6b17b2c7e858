package org.policy321.audit;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.policy321.platform.cases.CaseRecord;

/**
 * What an auditor searches by: part of a case number, a person (user id or part of their name, as a party of the
 * case), the day it was opened (a range, both ends inclusive) and where it stands ({@code running},
 * {@code finished}, or a word of its status such as {@code DISAPPROVED}). Empty criteria match every case.
 */
record CaseSearch(String number, String person, LocalDate from, LocalDate to, String status) {

  CaseSearch {
    if (from != null && to != null && from.isAfter(to)) {
      throw AuditRefusal.badInput("The search starts on " + from + ", after it ends (" + to + ").");
    }
  }

  /** Whether the case matches; {@code nameOf} gives the full name of a user id. */
  boolean matches(CaseRecord record, Function<String, String> nameOf) {
    return matchesNumber(record) && matchesPerson(record, nameOf) && matchesStatus(record);
  }

  private boolean matchesNumber(CaseRecord record) {
    return blank(number) || record.numbers().stream().anyMatch(n -> contains(n, number));
  }

  private boolean matchesPerson(CaseRecord record, Function<String, String> nameOf) {
    return blank(person) || record.parties().stream()
        .anyMatch(p -> p.userId().equalsIgnoreCase(person.strip()) || contains(nameOf.apply(p.userId()), person));
  }

  private boolean matchesStatus(CaseRecord record) {
    if (blank(status)) {
      return true;
    }
    return switch (status.strip().toLowerCase(Locale.ROOT)) {
      case "running" -> !record.finished();
      case "finished" -> record.finished();
      default -> contains(record.status(), status);
    };
  }

  private static boolean contains(String text, String part) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
