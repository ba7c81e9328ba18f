package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Closed by default: after {@code ./concierge start} only the gateway faces the network, the
 * registry answers only our services, the installation's secrets are its own (generated once,
 * owner-only, never logged), and data and logs are the owner's only. The system is started with
 * {@code GATEWAY_BIND_ADDRESS=0.0.0.0} (see {@link ConciergeSystem}), so the gateway, open, shows
 * that the addresses tried are reachable at all.
 */
@SystemTest
class ClosedByDefaultSystemTest {

    /** What an attacker registered in the audit (issue 12): an instance pointing at their own port. */
    static final String INTRUDER = """
            {"instance": {"instanceId": "intruder:catalog-service:9999", "hostName": "intruder.example",
              "app": "CATALOG-SERVICE", "ipAddr": "192.0.2.66", "status": "UP",
              "port": {"$": 9999, "@enabled": "true"},
              "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name": "MyOwn"}}}
            """;

    private final ConciergeSystem system;
    private final Http http;

    ClosedByDefaultSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void onlyTheGatewayAcceptsConnectionsOnThisMachinesOtherAddresses() throws Exception {
        List<InetAddress> addresses = nonLoopbackAddresses();
        if (addresses.isEmpty()) {
            // no other address to connect to: what the sockets listen on is the evidence then
            System.getLogger(getClass().getName()).log(System.Logger.Level.WARNING,
                    "This machine has no non-loopback address: checking the listening sockets (ss -ltnp) only");
        }
        boolean gatewayReached = false;
        for (InetAddress address : addresses) {
            for (String component : system.components()) {
                int port = Integer.parseInt(system.port(component));
                boolean accepted = accepts(address, port);
                if (component.equals("gateway")) {
                    gatewayReached |= accepted;
                } else {
                    assertThat(accepted).as(component + " on " + address.getHostAddress() + ":" + port).isFalse();
                }
            }
            // every actuator, the open gateway's included, stays on the loopback address
            for (String component : system.managedComponents()) {
                int management = system.managementPort(component);
                assertThat(accepts(address, management)).as(component + "'s management port on " + address.getHostAddress()
                        + ":" + management).isFalse();
            }
        }
        if (addresses.stream().anyMatch(Inet4Address.class::isInstance)) {
            assertThat(gatewayReached).as("the gateway, bound to 0.0.0.0, on " + addresses).isTrue();
        }
        listeningSocketsAreLoopbackButTheGateways();
    }

    @Test
    void theRegistryRefusesAStrangersRegistrationAndListing() {
        Http registry = new Http(system.eurekaUrl());
        Http.Reply listing = registry.get("/apps", Map.of("Accept", "application/json"));
        assertThat(listing.status()).as(listing.toString()).isEqualTo(401);

        Http.Reply registration = registry.post("/apps/CATALOG-SERVICE", INTRUDER, Map.of());
        assertThat(registration.status()).as(registration.toString()).isEqualTo(401);

        Map<String, String> ours = new HashMap<>(system.registryAuthorization());
        ours.put("Accept", "application/json");
        Http.Reply catalog = registry.get("/apps/CATALOG-SERVICE", ours);
        assertThat(catalog.status()).as(catalog.toString()).isEqualTo(200);
        assertThat(catalog.body()).doesNotContain("intruder");

        Http.Reply dashboard = registry.get("/", Map.of());
        assertThat(dashboard.status()).isEqualTo(401);
        assertThat(registry.get(system.managementUrl("discovery-server") + "/actuator/health/readiness").status())
                .isEqualTo(200);
    }

    @Test
    void theOldPublishedInternalTokenOpensNothing() {
        for (String service : ConciergeSystem.SERVICES) {
            Http.Reply reply = http.get("http://127.0.0.1:" + system.port(service) + "/internal/coverage",
                    Map.of("X-Internal-Token", "demo-internal-token-not-a-secret"));
            assertThat(reply.status()).as(service).isEqualTo(401);
        }
    }

    @Test
    void theSecretsAreGeneratedRandomOwnerOnlyAndNeverLoggedNorOnACommandLine() throws IOException {
        assertThat(mode(system.secretsFile())).isEqualTo("rw-------");
        assertThat(mode(system.secretsFile().getParent())).isEqualTo("rwx------");
        List<String> secrets = List.of(system.secret("CONCIERGE_INTERNAL_TOKEN"), system.secret("EUREKA_PASSWORD"));
        assertThat(secrets).allMatch(secret -> secret.matches("[0-9a-f]{64}")).doesNotHaveDuplicates();
        assertThat(system.secret("EUREKA_USERNAME")).isEqualTo("concierge");

        try (Stream<Path> logs = Files.list(system.logDir())) {
            for (Path log : logs.toList()) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                for (String secret : secrets) {
                    assertThat(text.contains(secret)).as("a secret in " + log).isFalse();
                }
            }
        }
        for (String component : system.components()) {
            String commandLine = Files.readString(Path.of("/proc/" + system.pid(component) + "/cmdline"), StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(commandLine.contains(secret)).as("a secret on the command line of " + component).isFalse();
            }
        }
    }

    @Test
    void dataAndLogsAreTheOwnersOnly() throws IOException {
        assertThat(mode(system.dataDir())).isEqualTo("rwx------");
        assertThat(mode(system.logDir())).isEqualTo("rwx------");
        assertThat(mode(system.dataDir().resolve("mongodb/concierge.mv"))).isEqualTo("rw-------");
        assertThat(mode(system.dataDir().resolve("keys/jwt-signing-key.pem"))).isEqualTo("rw-------");
        try (Stream<Path> logs = Files.list(system.logDir())) {
            for (Path log : logs.toList()) {
                assertThat(mode(log)).as(log.toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aRestartedServiceAppendsToItsLogAndReusesTheInstallationsSecrets() throws IOException {
        String secretsBefore = Files.readString(system.secretsFile());
        Path log = system.logDir().resolve("catalog-service.log");
        String logBefore = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logBefore).contains("Started CatalogApplication");

        system.stop("catalog-service").assertSucceeded();
        system.start("catalog-service").assertSucceeded(); // waits until registered again, with the same credentials

        assertThat(Files.readString(system.secretsFile())).isEqualTo(secretsBefore);
        String logAfter = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logAfter).startsWith(logBefore);
        assertThat(logAfter.substring(logBefore.length())).contains("concierge: starting catalog-service",
                "Started CatalogApplication");
        // the gateway learns the new instance from the registry within a few fetches
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(http.get("/api/catalog/categories").status()).isEqualTo(200));
    }

    @Test
    void aLogPastItsLimitIsKeptAsTheOneBeforeAndANewOneBegins() throws IOException {
        Path log = system.logDir().resolve("embedded-mongodb.log");
        system.stop("embedded-mongodb").assertSucceeded();
        String marker = "the end of a long log " + System.nanoTime();
        byte[] line = ("x".repeat(1023) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(log, StandardOpenOption.APPEND)) {
            for (int i = 0; i < 10 * 1024 + 1; i++) { // past the default limit of 10 MB
                out.write(line);
            }
            out.write((marker + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        system.start("embedded-mongodb").assertSucceeded();

        Path previous = system.logDir().resolve("embedded-mongodb.log.1");
        assertThat(Files.readString(previous, StandardCharsets.US_ASCII)).endsWith(marker + "\n");
        assertThat(Files.size(log)).isLessThan(1024 * 1024);
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("concierge: starting embedded-mongodb")
                .doesNotContain(marker);
        assertThat(mode(previous)).isEqualTo("rw-------");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            network.inetAddresses()
                    .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                    .forEach(addresses::add);
        }
        return addresses;
    }

    /** Only connects (a refused or unanswered connection is "no"), sends nothing. */
    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** Every TCP socket our JVMs listen on, from {@code ss -ltnp}: on loopback, but the gateway's public port. */
    private void listeningSocketsAreLoopbackButTheGateways() throws Exception {
        Process ss;
        try {
            ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        } catch (IOException noSs) {
            System.getLogger(getClass().getName()).log(System.Logger.Level.WARNING, "ss is not installed: listening sockets not checked");
            return;
        }
        String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ss.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Map<Long, String> ours = new HashMap<>();
        for (String component : system.components()) {
            ours.put(system.pid(component), component);
        }
        // LISTEN 0 100 [::ffff:127.0.0.1]:8081 *:* users:(("java",pid=1234,fd=56))
        Pattern socket = Pattern.compile("^\\S+\\s+\\d+\\s+\\d+\\s+(\\S+):(\\d+)\\s+.*pid=(\\d+)");
        int seen = 0;
        for (String line : output.lines().toList()) {
            Matcher matcher = socket.matcher(line.trim());
            if (!matcher.find()) {
                continue;
            }
            String component = ours.get(Long.parseLong(matcher.group(3)));
            if (component == null) {
                continue;
            }
            seen++;
            String address = matcher.group(1);
            boolean gatewaysPublicPort = component.equals("gateway")
                    && matcher.group(2).equals(system.port("gateway"));
            if (!gatewaysPublicPort) {
                assertThat(address).as(component + " listens on " + line.trim())
                        .isIn("127.0.0.1", "[::ffff:127.0.0.1]", "[::1]");
            }
        }
        if (nonLoopbackAddresses().isEmpty()) {
            assertThat(seen).as("our listening sockets in: " + output).isGreaterThanOrEqualTo(system.components().size());
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
