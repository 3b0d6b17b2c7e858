package org.policy321.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.policy321.posting.OfficialPostProperties.ScreenRule;
import org.policy321.violation.PolicyClause;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The automatic screen of an official post's text for likely prohibited content (§IV.A–K): phone numbers, street
 * addresses, dates of birth, words that suggest juveniles, victims of sexual offences, suspects not yet arrested,
 * political endorsements and the like. The rules are configuration ({@code policy.posting.screen-rules}), not code:
 * a department adds, changes or removes one in {@code application.yaml}. Each flag names its clause; a flag is a
 * likely problem for a person to judge, not a verdict: a flagged post goes to the Chief or a designee.
 *
 * <p>Rules are checked when the application starts: an unknown clause, a pattern that does not compile, or two
 * rules with one id stop the start with a sentence naming the rule.
 */
@Component
public class PostScreen {

  /** How much of the text around a match a flag quotes. */
  private static final int EXCERPT = 40;

  private final List<CompiledRule> rules;

  @Autowired
  PostScreen(OfficialPostProperties properties) {
    this(properties.screenRules());
  }

  public PostScreen(List<ScreenRule> rules) {
    Set<String> ids = new HashSet<>();
    List<CompiledRule> compiled = new ArrayList<>();
    for (ScreenRule rule : rules) {
      String where = "policy.posting.screen-rules";
      if (rule.id() == null || rule.id().isBlank()) {
        throw new IllegalArgumentException(where + ": every rule needs an id");
      }
      where += " rule '" + rule.id() + "'";
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException(where + " is there twice");
      }
      PolicyClause clause = Arrays.stream(PolicyClause.values()).filter(c -> c.code.equals(rule.clause())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(rule.clause() == null ? "policy.posting.screen-rules rule '"
              + rule.id() + "' names no clause" : "policy.posting.screen-rules rule '" + rule.id() + "': '"
              + rule.clause() + "' is not a clause of Policy 3.21 (write it as §IV.A)"));
      if (rule.explanation() == null || rule.explanation().isBlank()) {
        throw new IllegalArgumentException(where + " needs an explanation for the poster");
      }
      try {
        compiled.add(new CompiledRule(rule, clause,
            Pattern.compile(rule.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      } catch (PatternSyntaxException | NullPointerException e) {
        throw new IllegalArgumentException(where + ": the pattern is not a regular expression (" + e.getMessage() + ")",
            e);
      }
    }
    this.rules = List.copyOf(compiled);
  }

  /** A likely problem: the rule, its clause, what the poster should check, and the words that matched. */
  public record Flag(String ruleId, String clause, String explanation, String found) {

    /** One line, as the forms and the log show it: "§IV.I A phone number … (found: "555-0100")". */
    public String describe() {
      return clause + " " + explanation + " (found: \u201c" + found + "\u201d)";
    }
  }

  /** Every rule's first match in the text, in the order of the rules; empty when the screen finds nothing. */
  public List<Flag> screen(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Flag> flags = new ArrayList<>();
    for (CompiledRule rule : rules) {
      Matcher matcher = rule.pattern().matcher(text);
      if (matcher.find()) {
        flags.add(new Flag(rule.rule().id(), rule.clause().code, rule.rule().explanation().strip(),
            excerpt(matcher.group())));
      }
    }
    return List.copyOf(flags);
  }

  /** The ids of the rules, in their order. */
  public List<String> ruleIds() {
    return rules.stream().map(rule -> rule.rule().id()).toList();
  }

  /** The flags as the forms and the log show them, one per line; "" for none. */
  public static String describe(List<Flag> flags) {
    return String.join("\n", flags.stream().map(Flag::describe).toList());
  }

  private static String excerpt(String match) {
    String oneLine = match.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
  }

  private record CompiledRule(ScreenRule rule, PolicyClause clause, Pattern pattern) {}
}
