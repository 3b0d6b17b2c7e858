package org.policy321.audit.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and the guard against formulas, cell by cell. */
class RegisterCsvTest {

  @Test
  void commasQuotesAndLineBreaksAreQuoted_quotesDoubled() {
    assertThat(RegisterCsv.field("plain")).isEqualTo("plain");
    assertThat(RegisterCsv.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(RegisterCsv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(RegisterCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(RegisterCsv.field("cr\r\nlf")).isEqualTo("\"cr\r\nlf\"");
    assertThat(RegisterCsv.field(null)).isEmpty();
  }

  @Test
  void cellsAFormulaCouldStartWithGetAnApostrophe() {
    assertThat(RegisterCsv.field("=1+1")).isEqualTo("'=1+1");
    assertThat(RegisterCsv.field("+1")).isEqualTo("'+1");
    assertThat(RegisterCsv.field("-2")).isEqualTo("'-2");
    assertThat(RegisterCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(RegisterCsv.field("\t=1")).isEqualTo("'\t=1");
    assertThat(RegisterCsv.field("=A1,B1")).isEqualTo("\"'=A1,B1\"");
    assertThat(RegisterCsv.field("DR-12")).as("only the first character counts").isEqualTo("DR-12");
  }

  @Test
  void aTableIsAHeadingRowAndOneCrlfLinePerRow_inUtf8() {
    RegisterTable table = new RegisterTable("T", RegisterPeriod.of(null, null), List.of("Case", "Clauses"),
        List.of(List.of("VR-2019-0001", "§IV.G, §IV.H"), List.of("VR-2019-0002", "")));

    assertThat(new String(RegisterCsv.of(table), StandardCharsets.UTF_8))
        .isEqualTo("Case,Clauses\r\nVR-2019-0001,\"§IV.G, §IV.H\"\r\nVR-2019-0002,\r\n");
  }
}
