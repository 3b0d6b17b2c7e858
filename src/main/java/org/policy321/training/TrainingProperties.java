package org.policy321.training;

import java.util.List;
import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * §VI.A, from {@code policy.training.*}: how long an employee has for the training (and for acknowledging a
 * revision), when an overdue one goes on from the supervisor to HR, when the annual review opens (a Camunda timer
 * cycle: a cron expression or an ISO-8601 repeating interval), and the check of understanding's questions.
 */
@ConfigurationProperties("policy.training")
public record TrainingProperties(@DefaultValue("P30D") String deadline, @DefaultValue("P14D") String escalateToHrAfter,
    @DefaultValue("0 0 8 15 1 ?") String annualReviewCycle, List<Question> questions) {

  public TrainingProperties {
    IsoDurations.require("policy.training.deadline", deadline);
    IsoDurations.require("policy.training.escalate-to-hr-after", escalateToHrAfter);
    if (annualReviewCycle == null || annualReviewCycle.isBlank()) {
      throw new IllegalArgumentException("policy.training.annual-review-cycle must be a timer cycle, such as "
          + "\"0 0 8 15 1 ?\" (08:00 every 15 January)");
    }
    questions = questions == null ? List.of() : List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("policy.training.questions must hold the check of understanding's questions");
    }
    for (Question question : questions) {
      if (question.id() == null || question.text() == null || question.options() == null || question.options().size() < 2
          || question.options().stream().noneMatch(option -> option.id().equals(question.answer()))) {
        throw new IllegalArgumentException("policy.training.questions: question \"" + question.id() + "\" needs an id, "
            + "a text, at least two options and its answer among their ids");
      }
    }
  }

  /** One question of the check: the options offered and the id of the right one. */
  public record Question(String id, String text, List<Option> options, String answer) {}

  public record Option(String id, String text) {}
}
