package org.policy321.posting;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policy321.posting.OfficialPostProperties.ScreenRule;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The screen of official posts (§IV.A–K) with the rules the application ships ({@code policy.posting.screen-rules} of
 * application.yaml, bound as Spring binds them, without a Spring context): each rule with a post it flags, naming its
 * clause, and one it leaves alone; a plain post flags nothing; bad rules stop the start with a sentence.
 */
class PostScreenTest {

  /** Per rule: a post it must flag, with the words it must quote, and a post it must leave alone. */
  record Example(String flagged, String found, String clean) {}

  static final Map<String, Example> EXAMPLES = Map.ofEntries(
      entry("phone-number", new Example("Anyone with information may call Detective Ruiz at (555) 201-7788.",
          "(555) 201-7788", "Report emergencies to 911; the case number is 2026-00451.")),
      entry("street-address", new Example("Officers responded to a disturbance at 42 Elm Street last night.",
          "42 Elm Street", "Officers responded to a disturbance in the 1200 block of Main Street.")),
      entry("date-of-birth", new Example("The missing man, DOB 03/14/1961, was last seen downtown.", "DOB",
          "The festival was born out of a neighbourhood idea at Dobson Park.")),
      entry("juvenile", new Example("A 15-year-old was detained after the break-in.", "15-year-old",
          "A 45-year-old man was detained after the break-in.")),
      entry("sexual-offence", new Example("Detectives are investigating a sexual assault near the campus.",
          "sexual assault", "Detectives are investigating an assault with a bat near the campus.")),
      entry("suspect-not-arrested", new Example("The suspect is still at large; do not approach him.",
          "suspect is still at large", "The suspect was arrested this morning and is in custody.")),
      entry("political-endorsement", new Example("Vote for Harris on Tuesday: she backs our officers.",
          "Vote for", "Polling stations open at 7 a.m.; expect heavy traffic around schools.")),
      entry("guilt-statement", new Example("The man arrested yesterday is clearly guilty of the robbery.",
          "is clearly guilty", "The man arrested yesterday pleaded not guilty to the robbery.")),
      entry("criminal-record", new Example("The accused has a long criminal record in two states.",
          "criminal record", "The accused was charged with burglary in the first degree.")),
      entry("personnel-information", new Example("The officer involved was suspended pending review.",
          "was suspended", "The officer involved returned to patrol duties.")),
      entry("case-details", new Example("Forensic results tie the car to the scene.", "Forensic",
          "The investigation is ongoing; we will share updates when we can.")));

  static List<String> shippedRuleIds() throws IOException {
    return new PostScreen(shippedRules()).ruleIds();
  }

  @Test
  void everyShippedRuleHasAnExample_andEveryExampleItsRule() throws IOException {
    assertThat(shippedRuleIds()).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
  }

  @ParameterizedTest
  @MethodSource("shippedRuleIds")
  void eachRuleFlagsItsPositiveExampleNamingItsClause_andLeavesItsNegativeExampleAlone(String ruleId)
      throws IOException {
    PostScreen screen = new PostScreen(shippedRules());
    ScreenRule rule = shippedRules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    Example example = EXAMPLES.get(ruleId);

    assertThat(screen.screen(example.flagged())).as(example.flagged())
        .filteredOn(flag -> flag.ruleId().equals(ruleId)).singleElement().satisfies(flag -> {
          assertThat(flag.clause()).isEqualTo(rule.clause()).startsWith("§IV.");
          assertThat(flag.found()).isEqualToIgnoringCase(example.found());
          assertThat(flag.describe()).startsWith(rule.clause() + " ").contains(example.found());
        });
    assertThat(screen.screen(example.clean())).as(example.clean()).extracting(PostScreen.Flag::ruleId)
        .doesNotContain(ruleId);
  }

  @Test
  void aPlainCommunityPostFlagsNothing() throws IOException {
    PostScreen screen = new PostScreen(shippedRules());

    assertThat(screen.screen("Join us for Coffee with a Cop on Saturday at the Central Library, 10 a.m. to noon. "
        + "Bring your questions about neighbourhood safety!")).isEmpty();
    assertThat(screen.screen("  ")).isEmpty();
  }

  @Test
  void aPostWithSeveralProblemsHasAFlagForEach_inTheOrderOfTheRules() throws IOException {
    List<PostScreen.Flag> flags = new PostScreen(shippedRules()).screen(
        "The suspect is still at large. Call 555-201-7788. A 16-year-old witness was hurt.");

    assertThat(flags).extracting(PostScreen.Flag::ruleId)
        .containsExactly("phone-number", "juvenile", "suspect-not-arrested");
    assertThat(PostScreen.describe(flags)).contains("§IV.I", "§IV.B", "§IV.A").hasLineCount(3);
  }

  @Test
  void aRuleWithAnUnknownClause_aBadPattern_noExplanation_orAnIdTwiceStopsTheStart() {
    assertThatThrownBy(() -> new PostScreen(List.of(new ScreenRule("x", "§IX.Z", "a", "b"))))
        .hasMessage("policy.posting.screen-rules rule 'x': '§IX.Z' is not a clause of Policy 3.21 (write it as §IV.A)");
    assertThatThrownBy(() -> new PostScreen(List.of(new ScreenRule("x", "§IV.A", "(unclosed", "b"))))
        .hasMessageStartingWith("policy.posting.screen-rules rule 'x': the pattern is not a regular expression");
    assertThatThrownBy(() -> new PostScreen(List.of(new ScreenRule("x", "§IV.A", "a", " "))))
        .hasMessage("policy.posting.screen-rules rule 'x' needs an explanation for the poster");
    assertThatThrownBy(() -> new PostScreen(List.of(new ScreenRule("x", "§IV.A", "a", "b"),
        new ScreenRule("x", "§IV.B", "c", "d")))).hasMessage("policy.posting.screen-rules rule 'x' is there twice");
  }

  @Test
  void aRuleAddedInConfigurationFlagsWithoutAnyCode() {
    PostScreen screen = new PostScreen(List.of(new ScreenRule("licence-plate", "§IV.I",
        "\\b[A-Z]{3}-\\d{4}\\b", "A licence plate identifies a person's car.")));

    assertThat(screen.screen("A car with plate abc-1234 was seen.")).singleElement()
        .satisfies(flag -> assertThat(flag.describe()).isEqualTo(
            "§IV.I A licence plate identifies a person's car. (found: \u201cabc-1234\u201d)"));
  }

  /** policy.posting.screen-rules as application.yaml ships them, bound as Spring Boot binds them. */
  static List<ScreenRule> shippedRules() throws IOException {
    List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yaml",
        new ClassPathResource("application.yaml"));
    return new Binder(ConfigurationPropertySources.from(sources)).bind("policy.posting", OfficialPostProperties.class)
        .get().screenRules();
  }
}
