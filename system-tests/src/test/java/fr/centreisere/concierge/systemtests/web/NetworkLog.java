package fr.centreisere.concierge.systemtests.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openqa.selenium.logging.LogEntry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests a page made, rebuilt from Chromium's performance log (DevTools network events):
 * which ones never got an answer and which ones failed, to say why a wait in a browser test ran out.
 */
final class NetworkLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Request> requests = new LinkedHashMap<>();

    static NetworkLog read(Iterable<LogEntry> entries) {
        NetworkLog log = new NetworkLog();
        for (LogEntry entry : entries) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            log.record(message.path("method").asString(""), message.path("params"));
        }
        return log;
    }

    private void record(String event, JsonNode params) {
        String id = params.path("requestId").asString("");
        switch (event) {
            case "Network.requestWillBeSent" -> requests.put(id, new Request(params.path("request").path("method").asString(""),
                    params.path("request").path("url").asString(""),
                    Instant.ofEpochMilli((long) (params.path("wallTime").asDouble(0) * 1000))));
            case "Network.responseReceived" -> find(id).status = params.path("response").path("status").asInt();
            case "Network.loadingFinished" -> find(id).finished = true;
            case "Network.loadingFailed" -> find(id).failure = params.path("errorText").asString("failed")
                    + (params.path("canceled").asBoolean(false) ? " (canceled)" : "");
            default -> {
                // other events say nothing about whether a request got its answer
            }
        }
    }

    private Request find(String id) {
        return requests.computeIfAbsent(id, unknown -> new Request("?", "(sent before the log started)", Instant.EPOCH));
    }

    /** One line per request left without an answer or failed, after a count of all requests. */
    String summary() {
        StringBuilder text = new StringBuilder("\nrequests: ").append(requests.size()).append(" sent");
        requests.values().stream().filter(request -> !request.finished).forEach(request -> text.append("\n  ")
                .append(request.failure != null ? "FAILED " + request.failure
                        : request.status > 0 ? "ANSWER HEADERS ONLY " + request.status : "NO ANSWER")
                .append(": ").append(request.method).append(' ').append(request.url).append(" sent at ").append(request.sentAt));
        return text.toString();
    }

    private static final class Request {
        final String method;
        final String url;
        final Instant sentAt;
        int status;
        boolean finished;
        String failure;

        Request(String method, String url, Instant sentAt) {
            this.method = method;
            this.url = url;
            this.sentAt = sentAt;
        }
    }
}
