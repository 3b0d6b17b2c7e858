package org.policy321.training;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The check of understanding's questions for the Tasklist form ({@code GET /api/training/questions}, any signed-in
 * user): their texts and options, never their answers (§VI.A).
 */
@RestController
class TrainingController {

  private final UnderstandingCheck check;

  TrainingController(UnderstandingCheck check) {
    this.check = check;
  }

  @GetMapping("/api/training/questions")
  List<Map<String, Object>> questions() {
    return check.questions();
  }
}
