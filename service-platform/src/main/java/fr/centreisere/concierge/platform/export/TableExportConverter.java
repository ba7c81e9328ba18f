package fr.centreisere.concierge.platform.export;

import java.io.IOException;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link TableExport} body straight to the answer's stream as it is produced, so that a large
 * export is never held whole in memory (a failure half-way leaves a truncated file, the status already sent).
 */
public class TableExportConverter extends AbstractHttpMessageConverter<TableExport<?>> {

    public TableExportConverter() {
        super(ExportFormat.CSV.mediaType(), ExportFormat.XLSX.mediaType(), ExportFormat.PDF.mediaType());
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return TableExport.class.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(org.springframework.http.MediaType mediaType) {
        return false;
    }

    @Override
    protected TableExport<?> readInternal(Class<? extends TableExport<?>> clazz, HttpInputMessage inputMessage) {
        throw new HttpMessageNotReadableException("an export is only written", inputMessage);
    }

    @Override
    protected void writeInternal(TableExport<?> export, HttpOutputMessage outputMessage) throws IOException {
        export.writeTo(outputMessage.getBody());
    }
}
