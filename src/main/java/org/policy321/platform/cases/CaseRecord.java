package org.policy321.platform.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One case as the auditors' view lists it, whatever the feature: its numbers (the first is the case's own, then
 * the numbers it later carried, e.g. the approval number {@code DA-2026-0001} of request {@code DR-12}), what
 * kind of record it is, where it stands, and who it concerns.
 *
 * @param processKeysWithheld processes whose instances belong to the case but whose steps the history leaves out
 *     (the named reporter's own tasks of a violation case, §V.C)
 * @param peopleWithheld users the history must not name (the named reporter, §V.C): shown as {@link #WITHHELD}
 */
public record CaseRecord(
    List<String> numbers,
    CaseKind kind,
    String summary,
    String status,
    OffsetDateTime openedAt,
    OffsetDateTime closedAt,
    List<CaseParty> parties,
    String primaryProcessInstanceId,
    Set<String> processKeysWithheld,
    Set<String> peopleWithheld) {

  /** How the history names a person it must not name. */
  public static final String WITHHELD = "the reporter (name withheld, §V.C)";

  public CaseRecord {
    if (numbers.isEmpty()) {
      throw new IllegalArgumentException("A case has at least its own number");
    }
    numbers = List.copyOf(numbers);
    parties = List.copyOf(parties);
    processKeysWithheld = Set.copyOf(processKeysWithheld);
    peopleWithheld = Set.copyOf(peopleWithheld);
  }

  /** The case's own number: {@code DR-12}, {@code VR-2026-0003}. */
  public String number() {
    return numbers.get(0);
  }

  public boolean finished() {
    return closedAt != null;
  }

  /** Whether the user is one of the case's parties (its requester, the employee concerned). */
  public boolean concerns(String userId) {
    return userId != null && parties.stream().anyMatch(party -> userId.equals(party.userId()));
  }

  /** A person the case is about, and in what role ("Requester", "Employee concerned"). */
  public record CaseParty(String role, String userId) {}
}
