package fr.centreisere.concierge.platform.export;

import fr.centreisere.concierge.platform.i18n.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
import fr.centreisere.concierge.platform.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.ErrorResponseException;

/**
 * What a {@code GET} asks for: the JSON answer, or the same lines as a file. A controller takes it as an
 * argument (resolved by the platform) and answers {@link #file} when {@link #wantsFile()}:
 *
 * <pre>{@code
 * @GetMapping("/api/impact")
 * ResponseEntity<?> impact(CurrentUser user, LocalDate from, LocalDate to, ExportRequest export) {
 *     ImpactView view = ...;
 *     if (export.wantsFile()) {
 *         return export.file(IMPACT, view.lines(), ExportRequest.fileName("impact", from, to));
 *     }
 *     return ResponseEntity.ok(view);
 * }
 * }</pre>
 *
 * <p>The format: {@code format=csv|xlsx|pdf|json} (any case) first; otherwise the first of the {@code Accept}
 * types by preference that is {@code text/csv}, the XLSX type, {@code application/pdf}, JSON or a wildcard ({@code *}{@code /*}:
 * JSON); otherwise JSON, which Spring refuses with 406 when {@code Accept} allows nothing of it. An unknown
 * {@code format} or {@code dialect} is a 400 naming it. The CSV dialect: {@code dialect=fr|rfc4180}, by
 * default the French one (an older contract keeps its own with {@link #withDefaultDialect}). The headers'
 * language: {@code Accept-Language}'s first choice if English, else French.
 */
public final class ExportRequest {

    private static final boolean XLSX_AVAILABLE = ClassUtils.isPresent("org.apache.poi.xssf.streaming.SXSSFWorkbook",
            ExportRequest.class.getClassLoader());
    private static final boolean PDF_AVAILABLE = ClassUtils.isPresent("org.apache.pdfbox.pdmodel.PDDocument",
            ExportRequest.class.getClassLoader());

    private final @Nullable ExportFormat format;
    private final @Nullable CsvDialect askedDialect;
    private final CsvDialect defaultDialect;
    private final ExportLanguage language;

    private ExportRequest(@Nullable ExportFormat format, @Nullable CsvDialect askedDialect, CsvDialect defaultDialect,
            ExportLanguage language) {
        this.format = format;
        this.askedDialect = askedDialect;
        this.defaultDialect = defaultDialect;
        this.language = language;
    }

    /** A request for the file in that format (tests, or a controller that only exports). */
    public static ExportRequest of(@Nullable ExportFormat format, @Nullable CsvDialect dialect, ExportLanguage language) {
        return new ExportRequest(format, dialect, CsvDialect.FRENCH, language);
    }

    /** Reads {@code format}, {@code dialect}, {@code Accept} and {@code Accept-Language}; 400 for an unknown format or dialect. */
    public static ExportRequest from(HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ExportFormat format = null;
        boolean json = false;
        String formatParameter = request.getParameter("format");
        if (formatParameter != null) {
            format = ExportFormat.ofParameter(formatParameter);
            json = formatParameter.trim().equalsIgnoreCase("json");
            if (format == null && !json) {
                errors.add(FieldError.of("format", "export.format.unknown"));
            }
        }
        CsvDialect dialect = null;
        String dialectParameter = request.getParameter("dialect");
        if (dialectParameter != null) {
            dialect = CsvDialect.ofParameter(dialectParameter);
            if (dialect == null) {
                errors.add(FieldError.of("dialect", "export.dialect.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ApiProblemHandler.validation(errors), null);
        }
        if (formatParameter == null) {
            format = fromAccept(request.getHeader(HttpHeaders.ACCEPT));
        }
        return new ExportRequest(format, dialect, CsvDialect.FRENCH,
                ExportLanguage.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private static @Nullable ExportFormat fromAccept(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException unreadable) {
            return null; // Spring answers 406 for an Accept it cannot read
        }
        // by preference; of equal preference, in the order given (a stable sort)
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() <= 0) {
                continue;
            }
            ExportFormat format = ExportFormat.ofMediaType(type);
            if (format != null) {
                return format;
            }
            if (type.isWildcardType() || "json".equalsIgnoreCase(type.getSubtype())
                    || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json")) {
                return null;
            }
        }
        return null;
    }

    /** The same request, with the dialect an older contract answers when none is asked. */
    public ExportRequest withDefaultDialect(CsvDialect dialect) {
        return new ExportRequest(format, askedDialect, dialect, language);
    }

    public boolean wantsFile() {
        return format != null;
    }

    /** The file format asked for; empty for JSON. */
    public Optional<ExportFormat> format() {
        return Optional.ofNullable(format);
    }

    public CsvDialect dialect() {
        return askedDialect != null ? askedDialect : defaultDialect;
    }

    public ExportLanguage language() {
        return language;
    }

    /**
     * The answer: 200, the format's content type, {@code Content-Disposition: attachment; filename="<fileName>.<ext>"},
     * and the rows written as they are read, then the stream closed (a database cursor is fine).
     */
    public <R> ResponseEntity<Object> file(Table<R> table, Stream<? extends R> rows, String fileName) {
        if (format == null) {
            rows.close();
            throw new IllegalStateException("JSON was asked for: answer it, not a file");
        }
        try {
            checkAvailable(format);
        } catch (ErrorResponseException unavailable) {
            rows.close();
            throw unavailable;
        }
        return attachment(format, fileName).body(new TableExport<>(table, rows, format, dialect(), language));
    }

    /**
     * A document the controller drew itself (a statement's PDF with its headings and several tables, from
     * {@link PdfTableWriter#pdfTable} and the platform's {@code PdfDocumentBuilder}), answered like a file.
     */
    public ResponseEntity<Object> document(ExportFormat documentFormat, byte[] bytes, String fileName) {
        checkAvailable(documentFormat);
        return attachment(documentFormat, fileName).body(bytes);
    }

    /** Whether this request asks for a PDF (a controller that draws its own document answers it with {@link #document}). */
    public boolean wantsPdf() {
        return format == ExportFormat.PDF;
    }

    private static ResponseEntity.BodyBuilder attachment(ExportFormat format, String fileName) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(fileName + "." + format.extension()).build();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
    }

    private static void checkAvailable(ExportFormat format) {
        boolean available = switch (format) {
            case CSV -> true;
            case XLSX -> XLSX_AVAILABLE;
            case PDF -> PDF_AVAILABLE;
        };
        if (!available) {
            throw new ErrorResponseException(HttpStatus.NOT_ACCEPTABLE, ProblemDocument.of(HttpStatus.NOT_ACCEPTABLE,
                    ProblemType.NOT_ACCEPTABLE, Message.of("export.format.unavailable", format.name())), null);
        }
    }

    public <R> ResponseEntity<Object> file(Table<R> table, Iterable<? extends R> rows, String fileName) {
        return file(table, StreamSupport.stream(rows.spliterator(), false), fileName);
    }

    /** {@code missions-2026-12-01-2026-12-31}; a bound not given is left out. Keep {@code base} to ASCII letters, digits and hyphens. */
    public static String fileName(String base, @Nullable LocalDate from, @Nullable LocalDate to) {
        StringBuilder name = new StringBuilder(base);
        if (from != null) {
            name.append('-').append(from);
        }
        if (to != null) {
            name.append('-').append(to);
        }
        return name.toString();
    }
}
