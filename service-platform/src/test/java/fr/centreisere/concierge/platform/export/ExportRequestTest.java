package fr.centreisere.concierge.platform.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The negotiation and both formats through Spring MVC, as a service's controller uses them; files read back with Commons CSV and POI. */
@WebMvcTest(properties = "concierge.security.internal-token=a-test-internal-token-of-some-length")
@ContextConfiguration(classes = ExportRequestTest.LinesController.class)
@Import(ExportRequestTest.LinesController.class)
class ExportRequestTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @RestController
    static class LinesController {
        @GetMapping("/api/lines")
        ResponseEntity<?> lines(ExportRequest export) {
            if (export.wantsFile()) {
                return export.file(ExportSamples.LINES, ExportSamples.ROWS,
                        ExportRequest.fileName("lignes", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
            }
            return ResponseEntity.ok(Map.of("lines", ExportSamples.ROWS.size()));
        }

        @GetMapping("/api/legacy")
        ResponseEntity<?> legacy(ExportRequest export) {
            return export.withDefaultDialect(CsvDialect.RFC_4180).file(ExportSamples.LINES, ExportSamples.ROWS, "legacy");
        }
    }

    private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
        return request.with(jwt());
    }

    @Test
    void formatCsvAnswersTheFrenchDialectAsAnAttachment() throws Exception {
        var answer = mvc.perform(signedIn(get("/api/lines").param("format", "csv")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"lignes-2026-12-01-2026-12-31.csv\""))
                .andReturn().getResponse();
        byte[] body = answer.getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);

        List<CSVRecord> records = frenchCsv(body);
        assertThat(records.get(0).values()).containsExactly("N° de commande", "Client", "Quantité", "Heures",
                "Total (€)", "Jour", "Terminée le", "Payée");
        assertThat(records.get(1).values()).containsExactly("CI-2026-000001", "Jeanne Martin", "2", "2,5", "12,50",
                "04/12/2026", "04/12/2026 14:30", "oui");
        assertThat(records.get(2).values()).containsExactly("CI-2026-000002", "'=HYPERLINK(\"http://evil.example\",\"x\")",
                "1", "3", "-0,05", "31/12/2026", "31/12/2026 23:59", "non");
        // a separator, quotes and a line break stay inside their cell; an empty value is an empty cell
        assertThat(records.get(3).values()).containsExactly("CI-2026-000003", "Dupont; \"Jo\"\nÉtage 2", "10000", "0,25",
                "1234567,89", "01/01/2027", "01/07/2026 10:00", "");
        assertThat(records).hasSize(4);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void acceptTextCsvIsTheSameFile() throws Exception {
        byte[] byAccept = mvc.perform(signedIn(get("/api/lines").accept("text/csv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] byFormat = mvc.perform(signedIn(get("/api/lines").param("format", "CSV")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(byAccept).isEqualTo(byFormat);
    }

    @Test
    void englishReadersGetEnglishHeadersAndWords() throws Exception {
        byte[] body = mvc.perform(signedIn(get("/api/lines").param("format", "csv")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,fr;q=0.5")))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> records = frenchCsv(body);
        assertThat(records.get(0).get(0)).isEqualTo("Order number");
        assertThat(records.get(1).get(7)).isEqualTo("yes");
        // the dialect stays the French one: a decimal comma
        assertThat(records.get(1).get(3)).isEqualTo("2,5");
    }

    @Test
    void theRfc4180DialectIsForPrograms() throws Exception {
        byte[] body = mvc.perform(signedIn(get("/api/lines").param("format", "csv").param("dialect", "rfc4180")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(body[0]).isEqualTo((byte) 'n');
        List<CSVRecord> records = CSVParser.parse(new String(body, StandardCharsets.UTF_8), CSVFormat.RFC4180).getRecords();
        assertThat(records.get(0).values()).containsExactly("number", "customer", "quantity", "hours", "total_eur", "day",
                "completed_at", "paid");
        assertThat(records.get(1).values()).containsExactly("CI-2026-000001", "Jeanne Martin", "2", "2.5", "12.50",
                "2026-12-04", "2026-12-04T14:30:00", "true");
        assertThat(records.get(2).get(1)).startsWith("'=");
    }

    @Test
    void anOlderContractKeepsItsDialectUnlessTheFrenchOneIsAsked() throws Exception {
        String legacy = mvc.perform(signedIn(get("/api/legacy").accept("text/csv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(legacy).startsWith("number,customer,");
        byte[] french = mvc.perform(signedIn(get("/api/legacy").accept("text/csv").param("dialect", "fr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(frenchCsv(french).get(1).get(4)).isEqualTo("12,50");
    }

    @Test
    void xlsxHoldsRealNumbersDatesAndABoldFrozenHeader() throws Exception {
        byte[] body = mvc.perform(signedIn(get("/api/lines").accept(XLSX)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"lignes-2026-12-01-2026-12-31.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Lignes");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            XSSFCell header = (XSSFCell) sheet.getRow(0).getCell(0);
            assertThat(header.getStringCellValue()).isEqualTo("N° de commande");
            assertThat(header.getCellStyle().getFont().getBold()).isTrue();

            var first = sheet.getRow(1);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(12.5);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).contains("0.00").contains("€");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(first.getCell(6).getLocalDateTimeCellValue()).isEqualTo("2026-12-04T14:30");
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(first.getCell(7).getBooleanCellValue()).isTrue();

            // a text that begins like a formula is a text cell, never a formula
            var second = sheet.getRow(2);
            assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(1).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(-0.05);
            assertThat(sheet.getRow(3).getCell(7)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void withoutAFormatTheAnswerIsJson() throws Exception {
        mvc.perform(signedIn(get("/api/lines"))).andExpect(status().isOk()).andExpect(jsonPath("$.lines").value(3));
        mvc.perform(signedIn(get("/api/lines").accept(MediaType.ALL))).andExpect(jsonPath("$.lines").value(3));
        mvc.perform(signedIn(get("/api/lines").param("format", "json")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        // JSON preferred to CSV
        mvc.perform(signedIn(get("/api/lines").header(HttpHeaders.ACCEPT, "text/csv;q=0.5, application/json")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        mvc.perform(signedIn(get("/api/lines").header(HttpHeaders.ACCEPT, "application/json;q=0.5, text/csv")))
                .andExpect(content().contentType("text/csv;charset=UTF-8"));
    }

    @Test
    void anUnknownFormatOrDialectIsA400NamingIt() throws Exception {
        mvc.perform(signedIn(get("/api/lines").param("format", "odt")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(signedIn(get("/api/lines").param("format", "csv").param("dialect", "excel")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dialect"));
    }

    @Test
    void aPdfIsAskedByFormatOrAcceptAndHoldsTheRowsAsAFrenchReaderReadsThem() throws Exception {
        for (MockHttpServletRequestBuilder asked : List.of(get("/api/lines").param("format", "PDF"),
                get("/api/lines").accept("application/pdf"))) {
            byte[] pdf = mvc.perform(signedIn(asked))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"lignes-2026-12-01-2026-12-31.pdf\""))
                    .andReturn().getResponse().getContentAsByteArray();
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                // a cell may wrap at a space: the words, not the lines
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Lignes", "N° de commande", "CI-2026-000001", "Jeanne Martin", "12,50",
                        "04/12/2026", "04/12/2026 14:30", "oui", "2,5", "-0,05", "1234567,89");
                // text as it is: a PDF runs no formula, nothing to neutralise
                assertThat(text).doesNotContain("'=HYPERLINK");
            }
        }
    }

    @Test
    void anAcceptNobodyServesIs406() throws Exception {
        mvc.perform(signedIn(get("/api/lines").accept("application/vnd.oasis.opendocument.spreadsheet")))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/not-acceptable"));
    }

    static List<CSVRecord> frenchCsv(byte[] body) throws Exception {
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(body)).get(),
                StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(reader)) {
            return parser.getRecords();
        }
    }
}
