package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * docs/clauses.md is the clause table of the code as it stands (issue 16): a diagram or a test citing a clause the
 * catalogue does not have fails here, and so does a table that no longer matches the diagrams and tests.
 */
class ClauseTableTest {

  @Test
  void everyCitedClauseIsInTheCatalogue() throws IOException {
    assertThat(ClauseTable.read().unknown).as("citations of clauses the catalogue does not have").isEmpty();
  }

  @Test
  void theTableInDocsIsTheTableOfTheCode() throws IOException {
    String current = ClauseTable.read().markdown();
    if (Boolean.getBoolean("clauses.write")) {
      Files.createDirectories(ClauseTable.FILE.getParent());
      Files.writeString(ClauseTable.FILE, current);
    }
    assertThat(ClauseTable.FILE).as("docs/clauses.md is stale; write it again with -Dclauses.write=true").exists();
    assertThat(Files.readString(ClauseTable.FILE)).as("docs/clauses.md is stale; write it again with "
        + "mvn -q -DskipBpmnlint=true -Dtest=ClauseTableTest -Dclauses.write=true test").isEqualTo(current);
  }

  @Test
  void theCatalogueKnowsTheClausesTheDiagramsAndTestsCite() throws IOException {
    ClauseTable table = ClauseTable.read();
    assertThat(table.elements.get("§III.R")).anyMatch(entry -> entry.startsWith("depiction-approval.bpmn"));
    assertThat(table.tests.get("§V.C")).isNotEmpty();
    assertThat(table.tests.get("§III.E")).as("_IIIE3 is item 3 of §III.E").isNotEmpty();
  }
}
