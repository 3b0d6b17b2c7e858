package org.policy321.violation;

import java.util.List;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Component;

/**
 * Conflicts of interest (issue 12): who works each step of a case, given whom it is about and who
 * reported it, read from the case record only.
 *
 * <ul>
 *   <li>A report about the supervisor it is routed to goes to Internal Affairs (ReportRegistration).</li>
 *   <li>A report about a member of Internal Affairs is triaged, investigated and reviewed for early
 *       intervention by the Chief of Police's group.</li>
 *   <li>When the Chief of Police is a party — the employee concerned, or the named reporter — the Chief's
 *       part goes outside the department, to {@code policy.violation.outside-authority-group}: extension,
 *       discipline and final discipline; and so do triage, investigation and early intervention of a case
 *       about the Chief (or about Internal Affairs, reported by the Chief). The immediate action (§V.B) cannot
 *       wait: designees take it, with the outside authority.</li>
 *   <li>Nobody acts on a case they reported or that concerns them ({@link CaseConflictGuard}); the
 *       refusal says who acts instead and never who reported.</li>
 * </ul>
 */
@Component
public class CaseConflicts {

  /** The steps a party to the case may not take. */
  public enum Step {
    TRIAGE("triage this report"),
    INVESTIGATION("investigate this case"),
    EARLY_INTERVENTION("review early intervention in this case"),
    IMMEDIATE_ACTION("take the immediate action in this case"),
    EXTENSION("decide on an extension in this case"),
    DISCIPLINE("decide on discipline in this case");

    final String doing;

    Step(String doing) {
      this.doing = doing;
    }
  }

  private final Roster roster;
  private final String outsideAuthority;

  CaseConflicts(Roster roster, ViolationProperties properties) {
    this.roster = roster;
    this.outsideAuthority = properties.outsideAuthorityGroup();
  }

  public String outsideAuthority() {
    return outsideAuthority;
  }

  /** The supervisor the report was sent to, or null when a group triages it. */
  String triageAssignee(ViolationReport report) {
    String routedTo = report.routedTo();
    return ViolationReporting.Routes.INTERNAL_AFFAIRS.equals(routedTo) ? null : routedTo;
  }

  /** The groups offered the step (empty for a triage assigned to a supervisor). */
  public List<String> groups(Step step, ViolationReport report) {
    return groups(step, report, true);
  }

  /**
   * @param byReporter whether the reporter counts (they do for routing); a sentence shown to a party to
   *     the case leaves them out, so that it never tells the employee concerned that the Chief reported
   */
  private List<String> groups(Step step, ViolationReport report, boolean byReporter) {
    boolean chiefIsParty = roster.belongsTo(report.subjectId(), Groups.CHIEF)
        || byReporter && roster.belongsTo(report.reporterId(), Groups.CHIEF);
    return switch (step) {
      case TRIAGE -> triageAssignee(report) == null ? investigators(report, byReporter) : List.of();
      case INVESTIGATION, EARLY_INTERVENTION -> investigators(report, byReporter);
      case IMMEDIATE_ACTION -> chiefIsParty ? List.of(Groups.DESIGNEE, outsideAuthority)
          : List.of(Groups.CHIEF, Groups.DESIGNEE);
      case EXTENSION, DISCIPLINE -> List.of(chiefIsParty ? outsideAuthority : Groups.CHIEF);
    };
  }

  /**
   * Whether {@code actor} may take the step: in one of its groups (or the supervisor a triage was sent
   * to; whoever investigates may always triage) and no party to the case.
   */
  boolean mayAct(String actor, Step step, ViolationReport report) {
    if (actor == null || isParty(actor, report)) {
      return false;
    }
    if (step == Step.TRIAGE && actor.equals(triageAssignee(report))) {
      return true;
    }
    List<String> groups = step == Step.TRIAGE ? investigators(report, true) : groups(step, report);
    return roster.belongsTo(actor, groups.toArray(String[]::new));
  }

  /** Refuses the step to the reporter and the employee concerned, saying who acts instead (never who reported). */
  public void refuseParty(String actor, Step step, ViolationReport report) {
    if (actor != null && isParty(actor, report)) {
      throw new InvalidInputException("You reported this case or it concerns you: you cannot " + step.doing + ". "
          + whoActs(step, report, false) + ", by someone who is no party to it. Nothing was changed.");
    }
  }

  /** Refuses an actor who may not take the step, saying who may. */
  void requireMayAct(String actor, Step step, ViolationReport report) {
    refuseParty(actor, step, report);
    if (!mayAct(actor, step, report)) {
      throw new InvalidInputException(whoActs(step, report, true) + "; you may not " + step.doing + ".");
    }
  }

  /** A sentence naming who acts on the step, by office. */
  private String whoActs(Step step, ViolationReport report, boolean byReporter) {
    if (step == Step.TRIAGE && triageAssignee(report) != null) {
      return "The supervisor the report was sent to, or " + office(investigators(report, byReporter).get(0))
          + ", triages it";
    }
    List<String> groups = groups(step, report, byReporter);
    String who = String.join(" or ", groups.stream().map(this::office).toList());
    if (!byReporter && groups.contains(Groups.CHIEF)) {
      who += ", or " + office(outsideAuthority) + " when the Chief of Police is a party to the case,";
    }
    return Character.toUpperCase(who.charAt(0)) + who.substring(1) + " "
        + switch (step) {
          case TRIAGE -> "triages it";
          case INVESTIGATION -> "investigates it";
          case EARLY_INTERVENTION -> "reviews it";
          case IMMEDIATE_ACTION -> "takes the immediate action";
          case EXTENSION, DISCIPLINE -> "decides";
        };
  }

  /** Who investigates, for the reporter's notices: "Internal Affairs", "the Chief of Police" or the outside authority. */
  String investigatingOffice(ViolationReport report) {
    return office(investigators(report, true).get(0));
  }

  /** Who decides on discipline, for the notices to the employee concerned. */
  String decidingOffice(ViolationReport report) {
    return office(groups(Step.DISCIPLINE, report).get(0));
  }

  private List<String> investigators(ViolationReport report, boolean byReporter) {
    String subject = report.subjectId();
    if (roster.belongsTo(subject, Groups.CHIEF)) {
      return List.of(outsideAuthority);
    }
    if (roster.belongsTo(subject, Groups.INTERNAL_AFFAIRS)) {
      // The Chief's group, unless the Chief reported it: then nobody in the department is free to.
      return List.of(byReporter && roster.belongsTo(report.reporterId(), Groups.CHIEF) ? outsideAuthority
          : Groups.CHIEF);
    }
    return List.of(Groups.INTERNAL_AFFAIRS);
  }

  private static boolean isParty(String actor, ViolationReport report) {
    return actor.equals(report.subjectId()) || actor.equals(report.reporterId());
  }

  /** A group as a sentence names it ("the Chief of Police", "Internal Affairs", "the outside authority (…)"). */
  String office(String group) {
    if (group.equals(outsideAuthority)) {
      return "the outside authority (" + outsideAuthority + ")";
    }
    return switch (group) {
      case Groups.INTERNAL_AFFAIRS -> "Internal Affairs";
      case Groups.CHIEF -> "the Chief of Police";
      case Groups.DESIGNEE -> "a designee of the Chief";
      default -> group;
    };
  }
}
