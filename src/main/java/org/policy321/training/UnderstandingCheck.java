package org.policy321.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.training.TrainingProperties.Question;
import org.springframework.stereotype.Component;

/**
 * The check of understanding at the end of the training (§VI.A): the questions are data
 * ({@code policy.training.questions}), so HR changes them without a release. The employee's answers arrive as one
 * JSON object of question id to option id ({@code {"depictions":"b","report":"a"}}); answers that are not in that
 * form, or miss a question, are refused (nothing is recorded); wrong answers fail the check.
 */
@Component
public class UnderstandingCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TrainingProperties properties;

  UnderstandingCheck(TrainingProperties properties) {
    this.properties = properties;
  }

  /** The questions as the form shows them: without their answers. */
  public List<Map<String, Object>> questions() {
    return properties.questions().stream().map(q -> Map.<String, Object>of("id", q.id(), "text", q.text(),
        "options", q.options().stream().map(o -> Map.of("id", o.id(), "text", o.text())).toList())).toList();
  }

  /** The outcome: passed, and the sentence the employee reads (which questions to read up on). */
  public record Result(boolean passed, String sentence) {}

  public Result check(String answers) {
    Map<String, String> given = parse(answers);
    List<String> wrong = new ArrayList<>();
    int number = 0;
    for (Question question : properties.questions()) {
      number++;
      String answer = given.get(question.id());
      if (answer == null) {
        throw new InvalidInputException("Answer question " + number + " (\"" + question.text() + "\") as well.");
      }
      if (question.options().stream().noneMatch(option -> option.id().equals(answer))) {
        throw new InvalidInputException("\"" + answer + "\" is not one of the answers offered to question " + number
            + "; choose one of them.");
      }
      if (!question.answer().equals(answer)) {
        wrong.add(String.valueOf(number));
      }
    }
    int total = properties.questions().size();
    if (wrong.isEmpty()) {
      return new Result(true, "All " + total + " answers are right.");
    }
    return new Result(false, (total - wrong.size()) + " of " + total + " answers are right; question"
        + (wrong.size() > 1 ? "s " : " ") + String.join(", ", wrong) + " not. Read the material again, then answer "
        + "the check once more (Policy 3.21 §VI.A).");
  }

  private Map<String, String> parse(String answers) {
    if (answers == null || answers.isBlank()) {
      throw new InvalidInputException("Answer the questions of the check before you complete it.");
    }
    JsonNode node;
    try {
      node = JSON.readTree(answers);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException("The answers must be one JSON object of question id to the chosen answer's id, "
          + "such as {\"" + properties.questions().get(0).id() + "\":\"a\"}.");
    }
    Map<String, String> given = new java.util.HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual()) {
        throw new InvalidInputException("The answer to \"" + field.getKey() + "\" must be the id of one of its answers, "
            + "as text.");
      }
      if (properties.questions().stream().noneMatch(q -> q.id().equals(field.getKey()))) {
        throw new InvalidInputException("The check has no question \"" + field.getKey() + "\".");
      }
      given.put(field.getKey(), field.getValue().asText());
    }
    return given;
  }
}
