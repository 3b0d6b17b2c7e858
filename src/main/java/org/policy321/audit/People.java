package org.policy321.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.identity.Roster;

/** How the history names people: rank and name from the roster, never a person the case withholds (§V.C). */
final class People {

  static final String ENGINE = "the system (automatic step)";
  static final String NOBODY = "not recorded";

  private final Roster roster;
  private final Set<String> withheld;
  /** Names looked up for this record: a history names the same few people at every step (issue 18). */
  private final Map<String, String> names = new HashMap<>();

  People(Roster roster, CaseRecord record) {
    this.roster = roster;
    this.withheld = record.peopleWithheld();
  }

  /** "Deputy Chief Daniel Okafor"; {@link CaseRecord#WITHHELD} for a withheld person; {@code orElse} for nobody. */
  String name(String userId, String orElse) {
    if (userId == null) {
      return orElse;
    }
    if (withheld.contains(userId)) {
      return CaseRecord.WITHHELD;
    }
    return names.computeIfAbsent(userId, roster::nameOf);
  }

  /** The user id as the record may show it: null for a withheld person. */
  String id(String userId) {
    return userId == null || withheld.contains(userId) ? null : userId;
  }

  /** A recorded value, or {@link CaseRecord#WITHHELD} when it is a withheld person's user id. */
  String value(String text) {
    return text != null && withheld.contains(text) ? CaseRecord.WITHHELD : text;
  }
}
