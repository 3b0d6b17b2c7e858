package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentGuidelines#requireAcknowledgedCurrent} before the Chief has published any guidelines: nothing to
 * acknowledge, nothing refused (§I.B). The other answers — not acknowledged, an older version only, the version in
 * force — are in {@link ContentGuidelineAcknowledgementScenarioTest}, on the real database; a database without any
 * version exists only here, since every demo database is seeded with one.
 */
class RequireAcknowledgedCurrentTest {

  @Test
  void beforeAnyGuidelinesArePublished_nothingIsAskedOfThePoster_IB() {
    ContentGuidelineRepository versions = mock(ContentGuidelineRepository.class);
    GuidelineAcknowledgementRepository acknowledgements = mock(GuidelineAcknowledgementRepository.class);
    when(versions.findFirstByOrderByVersionDesc()).thenReturn(Optional.empty());
    ContentGuidelines guidelines = new ContentGuidelines(versions, acknowledgements, null, null, null, null, null,
        Clock.systemUTC());

    assertThat(guidelines.requireAcknowledgedCurrent("pio")).isEmpty();
    verifyNoInteractions(acknowledgements);
  }
}
