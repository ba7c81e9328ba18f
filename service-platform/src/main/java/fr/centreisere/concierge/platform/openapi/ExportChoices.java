package fr.centreisere.concierge.platform.openapi;

import java.util.Arrays;
import java.util.List;

import fr.centreisere.concierge.platform.export.ExportFormat;
import fr.centreisere.concierge.platform.export.ExportRequest;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * An operation that takes an {@link ExportRequest} answers its JSON or the same lines as a file: its
 * description shows the {@code format} and {@code dialect} parameters and every file type of
 * {@link ExportFormat} beside JSON, instead of an {@code export} object parameter.
 */
final class ExportChoices implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean exports = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == ExportRequest.class);
        if (!exports) {
            return operation;
        }
        List<String> formats = new java.util.ArrayList<>(List.of("json"));
        Arrays.stream(ExportFormat.values()).forEach(format -> formats.add(format.extension()));
        operation.addParametersItem(new Parameter().in("query").name("format").required(false)
                .description("the file instead of JSON (or ask by `Accept`)")
                .schema(new StringSchema()._enum(formats)));
        operation.addParametersItem(new Parameter().in("query").name("dialect").required(false)
                .description("the CSV dialect: `fr` (`;`, UTF-8 with BOM, decimal comma, French headers) or `rfc4180`")
                .schema(new StringSchema()._enum(List.of("fr", "rfc4180"))));
        ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (ok != null) {
            Content content = ok.getContent() == null ? new Content() : ok.getContent();
            Arrays.stream(ExportFormat.values()).forEach(format -> content.addMediaType(
                    format.mediaType().getType() + "/" + format.mediaType().getSubtype(),
                    new MediaType().schema(new BinarySchema())));
            ok.setContent(content);
        }
        return operation;
    }
}
