package ir.samt.units.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ir.samt.platform.problem.ProblemException;

/** The CSV reader on its own: RFC 4180 records, the record cap, and input it cannot read. */
class CsvRowSourceTest {

    private static final String HEADER = "externalRef,name,kind,nationalId,province,county,activityCode,employees\n";

    private static List<ImportRow> read(byte[] body) throws IOException {
        CsvRowSource source = new CsvRowSource(new CharScanner(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        List<ImportRow> rows = new ArrayList<>();
        for (ImportRow row; (row = source.next()) != null;) {
            rows.add(row);
        }
        return rows;
    }

    private static List<ImportRow> read(String body) throws IOException {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String ref, String name) {
        return ref + "," + name + ",GUILD,0076229645,IR-25,قم,1920,4\n";
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaksAndBlankLinesAreNotRecords() throws IOException {
        List<ImportRow> rows = read("\uFEFF" + HEADER.replace("\n", "\r\n") + row("a", "\"شرکت \"\"پاک\"\"،\r\nقم, یک\"")
                + "\r\n   \r\n" + row("b", "\"\""));
        assertThat(rows).extracting(ImportRow::number).containsExactly(1L, 2L);
        assertThat(rows.get(0).fields()).containsEntry("name", "شرکت \"پاک\"،\r\nقم, یک").containsEntry("externalRef", "a");
        assertThat(rows.get(1).fields()).containsEntry("name", null);
    }

    @Test
    void aRecordOverTheCapIsSkippedToItsEndAndTheNextRecordIsRead() throws IOException {
        String longQuoted = "\"" + "\"\",\n".repeat(RowSource.MAX_RECORD_CHARS / 4 + 1) + "\"";
        List<ImportRow> rows = read(HEADER + row("a", "x") + row("b", longQuoted) + row("c", "z"));
        assertThat(rows).extracting(ImportRow::number).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(1).unreadable()).isEqualTo("is longer than 65,536 characters; it was skipped");
        assertThat(rows.get(2).fields()).containsEntry("externalRef", "c").containsEntry("name", "z");
    }

    @Test
    void anUnclosedQuoteIsTheLastRecordAndSaysSo() throws IOException {
        List<ImportRow> rows = read(HEADER + row("a", "x") + row("b", "\"open") + row("c", "z"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).unreadable()).startsWith("opens a quoted field that is not closed before the end of the file");
    }

    @Test
    void bytesThatAreNotUtf8EndTheFileAtTheRecordHoldingThemAndTheRecordsBeforeAreRead() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        // enough Persian text that two-byte characters straddle the decoder's 8 KiB buffer on the way
        StringBuilder before = new StringBuilder(HEADER);
        for (int i = 0; i < 300; i++) {
            before.append(row("r" + i, "کفش دوزی یاس شماره " + i));
        }
        body.writeBytes(before.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes("bad,\"واحد ".getBytes(StandardCharsets.UTF_8));
        body.write(0xC3); // a lead byte followed by an ASCII one: malformed
        body.writeBytes(("(\"," + "GUILD,0076229645,IR-25,قم,1920,4\n" + row("after", "x")).getBytes(StandardCharsets.UTF_8));

        List<ImportRow> rows = read(body.toByteArray());
        assertThat(rows).hasSize(301);
        assertThat(rows.subList(0, 300)).allSatisfy(r -> assertThat(r.unreadable()).isNull());
        assertThat(rows.get(299).fields()).containsEntry("name", "کفش دوزی یاس شماره 299");
        assertThat(rows.get(300).unreadable()).contains("not valid text in the file's charset");
    }

    @Test
    void anEmptyFileOrAnOversizedHeaderIsRefusedWhole() {
        assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> read("\"" + "x".repeat(RowSource.MAX_RECORD_CHARS) + "\"\n" + row("a", "x")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("header"));
    }
}
