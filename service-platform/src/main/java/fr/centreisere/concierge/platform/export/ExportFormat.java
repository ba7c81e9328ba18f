package fr.centreisere.concierge.platform.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/** The file formats of an export, with their media types and file extensions. */
public enum ExportFormat {
    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    /** A PDF/A-3b document to print or attach (issue 16), drawn with the platform's {@code pdf} package. */
    PDF("pdf", MediaType.APPLICATION_PDF);

    public static final String TEXT_CSV_VALUE = "text/csv";
    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF_VALUE = MediaType.APPLICATION_PDF_VALUE;

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** {@code csv}, {@code xlsx} or {@code pdf} (any case); anything else is {@code null}. */
    static @Nullable ExportFormat ofParameter(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        return null;
    }

    /** The format an {@code Accept} media type names exactly (parameters aside), or {@code null}. */
    static @Nullable ExportFormat ofMediaType(MediaType type) {
        for (ExportFormat format : values()) {
            if (format.mediaType.getType().equalsIgnoreCase(type.getType())
                    && format.mediaType.getSubtype().equalsIgnoreCase(type.getSubtype())) {
                return format;
            }
        }
        return null;
    }
}
