package ir.samt.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ir.samt.platform.problem.ProblemException;

/** The CSV reader on its own: RFC 4180 records, the field and record caps, and input it cannot read. */
class CsvRowSourceTest {

    private static final ImportLimits LIMITS = new ImportLimits(8_192, 65_536);
    /** The units import's columns, as an example of a service's list. */
    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalRef", "kind", "guildGroup", "name", "nationalId", "province", "county", "estateCode",
                    "activityCode", "employees", "licenceNumber", "registeredOn"),
            List.of("externalRef", "kind", "name", "nationalId", "province", "county", "activityCode", "employees"));
    private static final String HEADER = "externalRef,name,kind,nationalId,province,county,activityCode,employees\n";

    private static List<ImportRow> read(InputStream body) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        try (CsvRowSource source = new CsvRowSource(new StrictTextReader(body, StandardCharsets.UTF_8), LIMITS, COLUMNS)) {
            for (ImportRow row; (row = source.next()) != null;) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<ImportRow> read(String body) throws IOException {
        return read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
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
    void aRecordOverTheRecordCapIsSkippedToItsEndAndTheNextRecordIsRead() throws IOException {
        // every field within the field cap, the record far over the record cap; quotes and line breaks inside
        String manyFields = "\"\"\"\n\",".repeat(LIMITS.maxRecordChars() / 5 + 1);
        List<ImportRow> rows = read(HEADER + row("a", "x") + row("b", manyFields + "y") + row("c", "z"));
        assertThat(rows).extracting(ImportRow::number).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(1).unreadable()).isEqualTo("is longer than 65,536 characters; it was skipped");
        assertThat(rows.get(1).unreadableField()).isEqualTo("row");
        assertThat(rows.get(2).fields()).containsEntry("externalRef", "c").containsEntry("name", "z");
    }

    @Test
    void aFieldOverTheFieldCapEndsTheFileThereNamingTheFieldAndTheRestIsNeverRead() throws IOException {
        Body body = new Body(HEADER + row("a", "x") + "b,", "x", 50_000_000);
        List<ImportRow> rows = read(body);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).unreadableField()).isEqualTo("name");
        assertThat(rows.get(1).unreadable()).startsWith("is longer than 8,192 characters, so nothing after it was read");
        // the 50 MB after the field's start were not read: the cap, plus the reader's and the parser's buffers
        assertThat(body.served).isLessThan(64 * 1024);
    }

    @Test
    void anUnclosedQuoteFollowedByMegabytesIsTheLastRecordAndTheRestIsNeverRead() throws IOException {
        Body body = new Body(HEADER + row("a", "x") + "b,\"open", row("c", "z"), 50_000_000);
        List<ImportRow> rows = read(body);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fields()).containsEntry("externalRef", "a");
        assertThat(rows.get(1).unreadableField()).isEqualTo("name");
        assertThat(rows.get(1).unreadable()).contains("a quote that is never closed makes the rest of the file one field");
        assertThat(body.served).isLessThan(64 * 1024);
    }

    @Test
    void anUnclosedQuoteBeforeAShortEndIsTheLastRecordAndSaysSo() throws IOException {
        List<ImportRow> rows = read(HEADER + row("a", "x") + row("b", "\"open") + row("c", "z"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).unreadable()).startsWith("opens a quoted field that is not closed before the end of the file");
    }

    @Test
    void textAfterAClosingQuoteIsNotCsvAndEndsTheFileThere() throws IOException {
        List<ImportRow> rows = read(HEADER + row("a", "x") + row("b", "\"quoted\"tail") + row("c", "z"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).unreadable()).startsWith("is not CSV as RFC 4180 defines it (")
                .endsWith("); nothing after it was read");
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

        List<ImportRow> rows = read(new ByteArrayInputStream(body.toByteArray()));
        assertThat(rows).hasSize(301);
        assertThat(rows.subList(0, 300)).allSatisfy(r -> assertThat(r.unreadable()).isNull());
        assertThat(rows.get(299).fields()).containsEntry("name", "کفش دوزی یاس شماره 299");
        assertThat(rows.get(300).unreadable()).contains("not valid text in the file's charset");
    }

    @Test
    void anEmptyFileOrAnOversizedOrUnclosedHeaderIsRefusedWhole() {
        assertThatThrownBy(() -> read("\n\n")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("file"));
        for (String header : List.of("\"" + "x".repeat(LIMITS.maxFieldChars() + 1) + "\"\n", "externalRef,\"name\n")) {
            assertThatThrownBy(() -> read(header + row("a", "x")))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("header"));
        }
    }

    /** {@code head}, then {@code filler} repeated for {@code size} bytes, made as it is read; counts what was read. */
    private static final class Body extends InputStream {
        private final byte[] head;
        private final byte[] filler;
        private final long size;
        long served;

        Body(String head, String filler, long size) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.filler = filler.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            long at = served++;
            return at < head.length ? head[(int) at] : filler[(int) ((at - head.length) % filler.length)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            for (int c; n < len && (c = read()) != -1; n++) {
                b[off + n] = (byte) c;
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }
}
