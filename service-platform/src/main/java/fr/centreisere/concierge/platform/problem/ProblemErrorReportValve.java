package fr.centreisere.concierge.platform.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import fr.centreisere.concierge.platform.i18n.Languages;
import fr.centreisere.concierge.platform.i18n.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word, as a problem document instead of its HTML page: what Tomcat refuses itself
 * before a request reaches Spring (a request line or a query it cannot parse, {@code %00} or an
 * encoded slash in the path, headers or a URL over the limits) and any error answer that nobody
 * gave a body. Replaces the host's {@link ErrorReportValve} (see {@link TomcatProblemPages}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemDetail problem = ProblemDocument.render(ProblemDocument.forStatus(status), Texts.platform(),
                Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", status);
        body.put("detail", problem.getDetail());
        body.put(ProblemDocument.CODE, problem.getProperties() == null ? null : problem.getProperties().get(ProblemDocument.CODE));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException cannotWrite) {
            // the connection is gone or the answer already started: nothing more to say
        }
    }
}
