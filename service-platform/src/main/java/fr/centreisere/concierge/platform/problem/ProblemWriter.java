package fr.centreisere.concierge.platform.problem;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import fr.centreisere.concierge.platform.i18n.Languages;
import fr.centreisere.concierge.platform.i18n.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document straight to the servlet response, for filters that answer before Spring MVC. */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    /** Rendered with the platform's bundle in the language of the request's {@code Accept-Language}. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        write(request, response, problem, Texts.platform());
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem, Texts texts)
            throws IOException {
        ProblemDocument.render(problem, texts, Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        try {
            body.put("instance", URI.create(request.getRequestURI()).getPath());
        } catch (IllegalArgumentException notAnAddress) {
            // leave it out
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
