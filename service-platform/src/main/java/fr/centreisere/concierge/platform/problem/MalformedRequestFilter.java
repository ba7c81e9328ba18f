package fr.centreisere.concierge.platform.problem;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads the request, what would otherwise fail deep inside (and
 * come out as a 500): a query whose percent-encoding is not UTF-8 ({@code ?q=%FF}: 400), a header
 * value with control characters (raw UTF-8 read as Latin-1, CR, NUL: 400 naming the header), a
 * {@code Content-Type} that is not one concrete type ({@code *}{@code /*}, garbage: 415) and an
 * {@code Accept} that cannot be parsed (406). Each answer is a problem document.
 */
public final class MalformedRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail problem = problemOf(request);
        if (problem != null) {
            ProblemWriter.write(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    private static ProblemDetail problemOf(HttpServletRequest request) {
        try {
            request.getParameterMap(); // Tomcat decodes the query (and a form body) here, once
        } catch (IllegalStateException | IllegalArgumentException undecodable) {
            return ApiProblemHandler.validation(List.of(FieldError.of("query", "request.query-encoding")));
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                if (hasControlCharacter(value)) {
                    return ApiProblemHandler.validation(List.of(FieldError.of(name, "request.header-control-characters")));
                }
            }
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !isConcrete(contentType)) {
            return ProblemDocument.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        }
        for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
            try {
                MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException unparseable) {
                return ProblemDocument.forStatus(HttpStatus.NOT_ACCEPTABLE.value());
            }
        }
        return null;
    }

    /** C0 controls but the tab, DEL and the C1 controls (what raw UTF-8 bytes become once read as Latin-1). */
    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConcrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparseable) {
            return false;
        }
    }
}
