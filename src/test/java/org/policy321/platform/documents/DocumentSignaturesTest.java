package org.policy321.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policy321.testing.VeraPdf;

/** The department's signature as made by {@link DocumentSigner} and read back by {@link DocumentSignatures}. */
class DocumentSignaturesTest {

  private static final OffsetDateTime SIGNED_AT = OffsetDateTime.of(2025, 11, 25, 14, 30, 15, 0, ZoneOffset.UTC);

  @TempDir static Path folder;
  static DepartmentKey department;
  static DepartmentKey otherDepartment;

  @BeforeAll
  static void keys() throws IOException {
    department = key("department.p12");
    otherDepartment = key("other.p12");
  }

  @Test
  void signsAsPadesBaselineBAndStaysPdfA() {
    byte[] signed = signedNotice(department);

    assertThat(new DocumentSignatures(department).verify(signed)).singleElement().satisfies(check -> {
      assertThat(check.valid()).isTrue();
      assertThat(check.coversWholeFile()).isTrue();
      assertThat(check.intact()).isTrue();
      assertThat(check.byDepartment()).isTrue();
      assertThat(check.subFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(check.signedAt()).isEqualTo(SIGNED_AT.toInstant());
      assertThat(check.signer()).contains("CN=Police Department");
    });
    VeraPdf.assertPdfA2b(signed);
  }

  @Test
  void oneChangedByteInTheSignedContentMakesTheSignatureInvalid() {
    byte[] signed = signedNotice(department);
    byte[] changed = Arrays.copyOf(signed, signed.length);
    // The binary comment on the file's second line: covered by the signature, harmless for a PDF reader.
    int comment = indexOf(changed, "\n%".getBytes(), 0) + 2;
    changed[comment] ^= 1;

    assertThat(new DocumentSignatures(department).verify(changed)).singleElement().satisfies(check -> {
      assertThat(check.intact()).isFalse();
      assertThat(check.valid()).isFalse();
      assertThat(check.coversWholeFile()).as("the range itself is unchanged").isTrue();
    });
  }

  @Test
  void somethingAppendedAfterSigningIsNotCoveredBySignature() {
    byte[] signed = signedNotice(department);
    byte[] appended = Arrays.copyOf(signed, signed.length + 2);
    appended[signed.length] = '%';
    appended[signed.length + 1] = '\n';

    assertThat(new DocumentSignatures(department).verify(appended)).singleElement().satisfies(check -> {
      assertThat(check.coversWholeFile()).isFalse();
      assertThat(check.valid()).isFalse();
    });
  }

  @Test
  void aSignatureWithAnotherKeyIsIntactButNotTheDepartments() {
    byte[] signedElsewhere = signedNotice(otherDepartment);

    assertThat(new DocumentSignatures(department).verify(signedElsewhere)).singleElement().satisfies(check -> {
      assertThat(check.intact()).isTrue();
      assertThat(check.byDepartment()).isFalse();
      assertThat(check.valid()).isFalse();
    });
  }

  @Test
  void anUnsignedPdfHasNoSignaturesAndNonsenseIsRefused() {
    byte[] unsigned = ArchivalPdf.create("Notice", "Test").paragraph("Not signed.").toBytes();

    assertThat(new DocumentSignatures(department).verify(unsigned)).isEmpty();
    assertThatThrownBy(() -> new DocumentSignatures(department).verify("%PDF-1.7 nothing".getBytes()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] signedNotice(DepartmentKey key) {
    byte[] pdf = ArchivalPdf.create("Notice N-1", "Office of the Chief of Police").paragraph("Original text.").toBytes();
    return new DocumentSigner(key).sign(pdf, SIGNED_AT);
  }

  private static DepartmentKey key(String file) throws IOException {
    Path keystore = folder.resolve(file);
    DemoDepartmentKeystore.createIfAbsent(keystore, "secret", "department");
    return DepartmentKey.load(keystore, "secret", "department");
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    for (int i = from; i <= haystack.length - needle.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
