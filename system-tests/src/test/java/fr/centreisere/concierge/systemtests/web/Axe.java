package fr.centreisere.concierge.systemtests.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (the npm package's axe.min.js, which the build puts on the test class path), injected into the page under test and run there. Only
 * serious and critical violations fail a test; the others are reported in the message of a failure.
 */
final class Axe {

    /** Unpacked by the build from the npm package axe-core, at the version pinned in system-tests/pom.xml. */
    private static final String SCRIPT_RESOURCE = "axe-core/axe.min.js";
    private static final String SCRIPT = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Axe() {
    }

    /** One rule broken somewhere on the page. */
    record Violation(String id, String impact, String help, List<String> targets) {

        boolean blocking() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }

    static List<Violation> run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT + "\n;window.axe = window.axe || axe;");
        }
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, { resultTypes: ['violations'] })
                    .then(result => done(JSON.stringify(result.violations)))
                    .catch(error => done('ERROR ' + error));
                """);
        String text = String.valueOf(answer);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + text);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : JSON.readTree(text)) {
            List<String> targets = new ArrayList<>();
            v.path("nodes").forEach(node -> targets.add(node.path("target").toString()
                    + (node.path("failureSummary").isMissingNode() ? "" : " — " + node.path("failureSummary").asString().replace('\n', ' '))));
            violations.add(new Violation(v.path("id").asString(), v.path("impact").asString(), v.path("help").asString(), targets));
        }
        return violations;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT_RESOURCE + " is not on the test class path: the build unpacks it"
                        + " from the npm package axe-core (see system-tests/pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
