package org.policy321.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policy321.platform.config.StartRefusedException;

/** Where the department's key comes from: the demo makes one once and keeps it; otherwise no key, no start. */
class DepartmentKeyConfigurationTest {

  @TempDir Path folder;

  @Test
  void theDemoCreatesTheKeystoreOnceAndKeepsItsKey() throws Exception {
    Path keystore = folder.resolve("signing/department.p12");
    DocumentSigningProperties demo = new DocumentSigningProperties(keystore, "demo-signing", "department", true);

    DepartmentKey first = new DepartmentKeyConfiguration().departmentKey(demo);
    byte[] written = Files.readAllBytes(keystore);
    DepartmentKey second = new DepartmentKeyConfiguration().departmentKey(demo);

    assertThat(second.certificate()).as("the next start signs with the same key").isEqualTo(first.certificate());
    assertThat(Files.readAllBytes(keystore)).as("the file is not written again").isEqualTo(written);
    assertThat(first.certificate().getSubjectX500Principal().getName()).startsWith("CN=Police Department");
    assertThat(Files.list(keystore.getParent())).as("no temporary file is left").containsExactly(keystore);
  }

  @Test
  void withoutCreatingAMissingOrBlankKeystoreRefusesTheStart() {
    Path missing = folder.resolve("department.p12");

    assertThatThrownBy(() -> new DepartmentKeyConfiguration()
            .departmentKey(new DocumentSigningProperties(missing, "secret", "department", false)))
        .isInstanceOf(StartRefusedException.class)
        .hasMessage("Refusing to start: the keystore for signing documents (" + missing
            + ") cannot be used: the file does not exist.");
    assertThat(missing).doesNotExist();
    assertThatThrownBy(() -> new DepartmentKeyConfiguration()
            .departmentKey(new DocumentSigningProperties(null, "", null, false)))
        .isInstanceOf(StartRefusedException.class)
        .hasMessageContaining("no keystore for signing documents is configured")
        .satisfies(refused -> assertThat(((StartRefusedException) refused).action())
            .contains("SIGNING_KEYSTORE"));
  }

  @Test
  void aWrongPasswordOrAliasRefusesTheStartWithoutShowingThePassword() throws Exception {
    Path keystore = folder.resolve("department.p12");
    DemoDepartmentKeystore.createIfAbsent(keystore, "right-password", "department");

    assertThatThrownBy(() -> new DepartmentKeyConfiguration()
            .departmentKey(new DocumentSigningProperties(keystore, "wrong-password", "department", false)))
        .isInstanceOf(StartRefusedException.class)
        .hasMessageContaining("cannot be used")
        .hasMessageNotContaining("wrong-password");
    assertThatThrownBy(() -> new DepartmentKeyConfiguration()
            .departmentKey(new DocumentSigningProperties(keystore, "right-password", "other", false)))
        .isInstanceOf(StartRefusedException.class)
        .hasMessageContaining("no private key under the alias \"other\"");
  }
}
