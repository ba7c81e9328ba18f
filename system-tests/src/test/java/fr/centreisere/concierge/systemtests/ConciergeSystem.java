package fr.centreisere.concierge.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The assembled system, started exactly as a user starts it: the {@code concierge} launcher at the
 * root of the checkout, each part in its own JVM, on free ports and with data and logs under
 * {@code target/}. One system is shared by every test class of the run and stopped at the end.
 */
public final class ConciergeSystem implements AutoCloseable {

    /** The services behind the gateway; notification-service once its module is in the checkout. */
    public static final List<String> SERVICES = present("catalog-service", "order-service", "provider-service", "notification-service");

    private static final String IMAP = "mail-server (IMAP)";

    private final Path root;
    private final Path workDir;
    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    /** Each Spring Boot part's actuator port (health, info, prometheus), on the loopback address. */
    private final Map<String, Integer> managementPorts = new HashMap<>();

    private ConciergeSystem(Path root, Path workDir) {
        this.root = root;
        this.workDir = workDir;
        ports.put("embedded-mongodb", freePort());
        ports.put("discovery-server", freePort());
        ports.put("catalog-service", freePort());
        ports.put("order-service", freePort());
        ports.put("provider-service", freePort());
        ports.put("notification-service", freePort());
        ports.put("gateway", freePort());
        ports.put("mail-server", freePort()); // its SMTP server
        ports.put(IMAP, freePort());
        environment.put("EMBEDDED_MONGODB_PORT", port("embedded-mongodb"));
        environment.put("DISCOVERY_PORT", port("discovery-server"));
        environment.put("CATALOG_PORT", port("catalog-service"));
        environment.put("ORDER_PORT", port("order-service"));
        environment.put("PROVIDER_PORT", port("provider-service"));
        environment.put("NOTIFICATION_PORT", port("notification-service"));
        environment.put("GATEWAY_PORT", port("gateway"));
        environment.put("MAIL_SMTP_PORT", port("mail-server"));
        environment.put("MAIL_IMAP_PORT", port(IMAP));
        Map<String, String> managementVariables = Map.of("gateway", "GATEWAY_MANAGEMENT_PORT",
                "discovery-server", "DISCOVERY_MANAGEMENT_PORT", "catalog-service", "CATALOG_MANAGEMENT_PORT",
                "order-service", "ORDER_MANAGEMENT_PORT", "provider-service", "PROVIDER_MANAGEMENT_PORT",
                "notification-service", "NOTIFICATION_MANAGEMENT_PORT");
        managementVariables.forEach((component, variable) -> {
            managementPorts.put(component, freePort());
            environment.put(variable, String.valueOf(managementPorts.get(component)));
        });
        environment.put("CONCIERGE_DATA_DIR", workDir.resolve("data").toString());
        environment.put("CONCIERGE_LOG_DIR", workDir.resolve("logs").toString());
        environment.put("CONCIERGE_START_TIMEOUT", "300");
        // the gateway open to the network, as behind a TLS proxy: NetworkExposureSystemTest checks that
        // it is then the only part reachable on this machine's other addresses
        environment.put("GATEWAY_BIND_ADDRESS", "0.0.0.0");
        // the catalog learns provider-service's coverage soon after both are up
        environment.put("CONCIERGE_CATALOG_COVERAGE_REFRESH_INTERVAL", "10s");
        // every test comes from 127.0.0.1: the limit of reset and verification mails per client address
        // (10 an hour) would refuse the later tests'; the limit per address asked for still holds
        environment.put("CONCIERGE_GATEWAY_MAIL_REQUESTS_PER_ADDRESS", "1000");
        // the mailed links open this system's gateway
        environment.put("CONCIERGE_PUBLIC_URL", "http://127.0.0.1:" + port("gateway"));
    }

    /** The system of this test run, started on first use. */
    public static ConciergeSystem shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(ConciergeSystem.class, key -> startFresh(), ConciergeSystem.class);
    }

    static ConciergeSystem startFresh() {
        Path root = checkoutRoot();
        Path workDir = root.resolve("system-tests/target/system");
        deleteRecursively(workDir);
        ConciergeSystem system = new ConciergeSystem(root, workDir);
        system.launcher(Duration.ofMinutes(6), "start").assertSucceeded();
        return system;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + port("gateway");
    }

    public String eurekaUrl() {
        return "http://127.0.0.1:" + port("discovery-server") + "/eureka";
    }

    public String mongoUri() {
        return "mongodb://127.0.0.1:" + port("embedded-mongodb");
    }

    /** The local mail server's SMTP and IMAP ports (every mail the system sends waits there). */
    public int smtpPort() {
        return ports.get("mail-server");
    }

    public int imapPort() {
        return ports.get(IMAP);
    }

    public Path logDir() {
        return workDir.resolve("logs");
    }

    public Path dataDir() {
        return workDir.resolve("data");
    }

    /** The installation's secrets the launcher generated on its first start. */
    public Path secretsFile() {
        return dataDir().resolve("keys/secrets.env");
    }

    /** One value of the secrets file, e.g. {@code EUREKA_PASSWORD}. */
    public String secret(String name) {
        try {
            return Files.readAllLines(secretsFile(), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(name + "="))
                    .map(line -> line.substring(name.length() + 1))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(name + " is not in " + secretsFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The registry's HTTP Basic header, with the installation's credentials. */
    public Map<String, String> registryAuthorization() {
        String credentials = secret("EUREKA_USERNAME") + ":" + secret("EUREKA_PASSWORD");
        return Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** The PID the launcher recorded for a running component. */
    public long pid(String component) {
        try {
            return Long.parseLong(Files.readString(dataDir().resolve("run/" + component + ".pid")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every part the launcher starts, in its order; a part whose module is not in the checkout is left out, as the launcher does. */
    public List<String> components() {
        return present("embedded-mongodb", "mail-server", "discovery-server", "catalog-service", "order-service",
                "provider-service", "notification-service", "gateway");
    }

    private static List<String> present(String... components) {
        Path root = checkoutRoot();
        return java.util.Arrays.stream(components).filter(component -> Files.isDirectory(root.resolve(component))).toList();
    }

    public String port(String component) {
        return String.valueOf(ports.get(component));
    }

    /** A Spring Boot part's management port (its actuator: health, info, prometheus). */
    public int managementPort(String component) {
        Integer port = managementPorts.get(component);
        if (port == null) {
            throw new IllegalArgumentException(component + " has no management port");
        }
        return port;
    }

    /** {@code http://127.0.0.1:<management port>}: where a part's probes and metrics answer. */
    public String managementUrl(String component) {
        return "http://127.0.0.1:" + managementPort(component);
    }

    /** The parts that have a management port, in the launcher's order. */
    public List<String> managedComponents() {
        return components().stream().filter(managementPorts::containsKey).toList();
    }

    public LauncherResult start(String... components) {
        return launcher(Duration.ofMinutes(5), concat("start", components));
    }

    public LauncherResult stop(String... components) {
        return launcher(Duration.ofMinutes(2), concat("stop", components));
    }

    public LauncherResult status() {
        return launcher(Duration.ofMinutes(1), "status");
    }

    /** Kills a component the hard way (SIGKILL), as a crash or a power cut would. */
    public void kill(String component) throws Exception {
        long pid = pid(component);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start().waitFor();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    public LauncherResult launcher(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("concierge").toString());
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("concierge-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            // either would make the launcher use a server of this machine instead of its own
            builder.environment().remove("MONGODB_URI");
            builder.environment().remove("SMTP_HOST");
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("concierge " + String.join(" ", arguments) + " did not finish in " + timeout);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            return new LauncherResult(String.join(" ", arguments), process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        LauncherResult result = stop();
        System.getLogger(ConciergeSystem.class.getName()).log(System.Logger.Level.INFO, result.output());
    }

    /** What a launcher command printed and how it ended. */
    public record LauncherResult(String command, int exitCode, String output) {

        public LauncherResult assertSucceeded() {
            if (exitCode != 0) {
                throw new AssertionError("concierge " + command + " exited with " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Path checkoutRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isExecutable(dir.resolve("concierge"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("the concierge launcher was not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
