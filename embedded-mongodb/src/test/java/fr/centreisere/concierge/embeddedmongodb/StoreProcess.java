package fr.centreisere.concierge.embeddedmongodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The embedded store in a process of its own, as the launcher runs it: to kill it, or to give it a small heap. */
final class StoreProcess {

    private StoreProcess() {
    }

    static Process start(int port, Path storeFile, Path log, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EmbeddedMongoDb.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("EMBEDDED_MONGODB_HOST", "127.0.0.1");
        builder.environment().put("EMBEDDED_MONGODB_PORT", Integer.toString(port));
        builder.environment().put("EMBEDDED_MONGODB_FILE", storeFile.toString());
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static void awaitListening(int port, Process store) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            assertThat(store.isAlive()).as("the store process is running").isTrue();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the store did not listen on " + port + " within 30 s");
    }
}
