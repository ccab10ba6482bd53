package dev.memchaos.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Saves a Go service's heap profile, {@code GET <endpoint>/debug/pprof/heap} from
 * net/http/pprof: gzip-compressed protobuf that {@code go tool pprof <file>} opens as it is.
 * It holds the allocation sites of the live heap as of the last GC (inuse_*) and of everything
 * allocated since the process started (alloc_*). No GC is forced ({@code ?gc=1} is not asked
 * for), so taking one does not change the memory it describes.
 * <p>
 * The file appears whole or not at all (written next to itself, then moved into place).
 * Where the target serves no profile (404, refused, too slow, not gzip) nothing is written,
 * the answer is empty and the reason goes in one line to {@code reasons}. Safe to use from
 * several threads.
 */
public final class HeapProfiles {

    public static final String HEAP_PATH = "/debug/pprof/heap";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http;
    private final Duration timeout;
    private final Consumer<String> reasons;

    public HeapProfiles(Consumer<String> reasons) {
        this(DEFAULT_TIMEOUT, reasons);
    }

    /** {@code timeout} bounds the whole request, connection included. */
    public HeapProfiles(Duration timeout, Consumer<String> reasons) {
        this.timeout = Objects.requireNonNull(timeout);
        this.reasons = Objects.requireNonNull(reasons);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public Optional<Path> capture(URI targetEndpoint, Path file) {
        URI url = targetEndpoint.resolve(HEAP_PATH);
        Path temp = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
            HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(temp));
            if (response.statusCode() != 200) {
                return skip("no heap profile: " + url + " answered " + response.statusCode());
            }
            if (!isGzip(temp)) {
                return skip("no heap profile: " + url + " answered something that is not gzip ("
                        + response.headers().firstValue("Content-Type").orElse("no Content-Type") + ")");
            }
            move(temp, file);
            temp = null;
            return Optional.of(file);
        } catch (IOException e) {
            return skip("no heap profile from " + url + ": " + oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return skip("no heap profile from " + url + ": interrupted");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless
                }
            }
        }
    }

    private Optional<Path> skip(String reason) {
        reasons.accept(reason);
        return Optional.empty();
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String oneLine(IOException e) {
        String name = e.getClass().getSimpleName();
        String message = e.getMessage() == null || e.getMessage().isBlank() ? name : name + ": " + e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
