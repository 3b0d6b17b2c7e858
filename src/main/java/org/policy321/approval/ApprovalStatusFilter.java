package org.policy321.approval;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code status} parameter of {@code /api/approvals}: status names (repeated, or comma-separated), any case;
 * none means every status. A name that is no status is refused with the names that are, so a script or the page
 * never silently gets an empty list for a typo.
 */
final class ApprovalStatusFilter {

  private ApprovalStatusFilter() {}

  static Set<ApprovalStatus> parse(List<String> given) {
    Set<ApprovalStatus> statuses = EnumSet.noneOf(ApprovalStatus.class);
    if (given != null) {
      for (String value : given) {
        for (String name : value.split(",")) {
          if (!name.isBlank()) {
            statuses.add(named(name.strip()));
          }
        }
      }
    }
    return statuses.isEmpty() ? EnumSet.allOf(ApprovalStatus.class) : statuses;
  }

  private static ApprovalStatus named(String name) {
    try {
      return ApprovalStatus.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UnknownApprovalStatus("\"" + name + "\" is not a status of an approval; use one of "
          + Arrays.stream(ApprovalStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
  }

  /** Answered 400 with its sentence ({@link ApprovalsApiErrors}). */
  static final class UnknownApprovalStatus extends RuntimeException {
    UnknownApprovalStatus(String message) {
      super(message);
    }
  }
}
