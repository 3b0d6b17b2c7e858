package org.policy321.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.policy321.platform.config.UnquotedSqlIdentifiers;

/** Against H2 in memory (and PostgreSQL in the pg-test run), with the schema made by the Flyway migrations. */
@DataJdbcTest
@Import({DocumentService.class, DocumentInsert.class, UnquotedSqlIdentifiers.class, DocumentServiceTest.FixedClock.class})
class DocumentServiceTest {

  private static final Instant NOW = Instant.parse("2025-11-25T14:30:15.123456Z");

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired DocumentService documents;
  @Autowired JdbcTemplate jdbc;

  @Test
  void storesAndReadsBackAPdfWithItsHash() throws Exception {
    byte[] pdf = ArchivalPdf.create("Approval A-1", "Test").paragraph("Approved.").toBytes();

    StoredDocument stored =
        documents.store("APPROVAL", "A-1", "Approval A-1", "approval-A-1.pdf", pdf, "pi-1");

    assertThat(stored.id()).isNotNull();
    StoredDocument read = documents.find(stored.id()).orElseThrow();
    assertThat(read.content()).isEqualTo(pdf);
    assertThat(read.sha256()).isEqualTo(independentSha256(pdf)).hasSize(64);
    assertThat(read.sizeBytes()).isEqualTo(pdf.length);
    assertThat(read.documentType()).isEqualTo("APPROVAL");
    assertThat(read.documentNumber()).isEqualTo("A-1");
    assertThat(read.title()).isEqualTo("Approval A-1");
    assertThat(read.fileName()).isEqualTo("approval-A-1.pdf");
    assertThat(read.mediaType()).isEqualTo("application/pdf");
    assertThat(read.processInstanceId()).isEqualTo("pi-1");
    assertThat(read.createdAt().toInstant()).isEqualTo(NOW);
    // The columns themselves, as another reader of the table sees them.
    String sql = "SELECT sha256 FROM document WHERE id = ?";
    assertThat(jdbc.queryForObject(sql, String.class, read.id())).isEqualTo(independentSha256(pdf));
    sql = "SELECT size_bytes FROM document WHERE id = ?";
    assertThat(jdbc.queryForObject(sql, Long.class, read.id())).isEqualTo(pdf.length);
  }

  @Test
  void verifyDetectsChangedContent() {
    byte[] pdf = ArchivalPdf.create("Notice", "Test").paragraph("Original text.").toBytes();
    StoredDocument read =
        documents.find(documents.store("NOTICE", "N-1", "Notice", "n.pdf", pdf, null).id())
            .orElseThrow();

    assertThat(documents.verify(read)).isTrue();

    byte[] tampered = Arrays.copyOf(read.content(), read.content().length);
    tampered[tampered.length / 2] ^= 1;
    assertThat(documents.verify(withContent(read, tampered))).isFalse();
    byte[] truncated = Arrays.copyOf(read.content(), read.content().length - 1);
    assertThat(documents.verify(withContent(read, truncated))).isFalse();
    // The stored original is untouched by the checks on copies.
    assertThat(documents.verify(documents.find(read.id()).orElseThrow())).isTrue();
  }

  @Test
  void listsAProcessInstancesDocumentsInOrder() {
    byte[] pdf = ArchivalPdf.create("Doc", "Test").toBytes();
    long first = documents.store("A", "1", "First", "1.pdf", pdf, "pi-list").id();
    documents.store("A", "2", "Elsewhere", "2.pdf", pdf, "pi-other");
    long third = documents.store("A", "3", "Third", "3.pdf", pdf, "pi-list").id();

    assertThat(documents.findByProcessInstance("pi-list"))
        .extracting(StoredDocument::id)
        .containsExactly(first, third);
    assertThat(documents.findByProcessInstance("pi-none")).isEmpty();
  }

  @Test
  void refusesWhatIsNotAPdfAndShortensLongTitles() {
    assertThatThrownBy(
            () -> documents.store("A", "1", "T", "t.pdf", "hello".getBytes(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> documents.store("A", " ", "T", "t.pdf", new byte[0], null))
        .isInstanceOf(IllegalArgumentException.class);

    byte[] pdf = ArchivalPdf.create("Doc", "Test").toBytes();
    StoredDocument stored = documents.store("A", "1", "t".repeat(500), "t.pdf", pdf, null);
    assertThat(documents.find(stored.id()).orElseThrow().title()).hasSize(200).endsWith("\u2026");
  }

  private static StoredDocument withContent(StoredDocument d, byte[] content) {
    return new StoredDocument(
        d.id(),
        d.documentType(),
        d.documentNumber(),
        d.title(),
        d.mediaType(),
        d.fileName(),
        d.sha256(),
        d.sizeBytes(),
        content,
        d.processInstanceId(),
        d.createdAt());
  }

  private static String independentSha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
