package org.scorats.conference.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak as Maven Central ships it ({@code org.keycloak:keycloak-quarkus-dist}, a zip): taken
 * from the local Maven repository, or downloaded there once and checked against Central's SHA-1,
 * then unpacked once into the stack's data folder. Its own database (H2 files) lives in that copy,
 * so users, sessions and keys survive restarts.
 */
public final class KeycloakDistribution {

    /** The local administrator's name and password (Keycloak's master realm): local stack only. */
    public static final String ADMIN = "kcadmin";

    public static final String VERSION = "26.5.6";
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
    private static final String ARTIFACT = "org/keycloak/keycloak-quarkus-dist/" + VERSION + "/keycloak-quarkus-dist-" + VERSION + ".zip";

    private KeycloakDistribution() {
    }

    /** The unpacked distribution's home, ready to run; the realm file is put where it is imported from. */
    public static Path install(Path data, Path realmFile) {
        Path home = data.resolve("keycloak-" + VERSION);
        try {
            if (!Files.exists(home.resolve("bin/kc.sh"))) {
                unzip(zip(), data);
            }
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install Keycloak into " + home, e);
        }
    }

    /**
     * The command and environment that start it in development mode on loopback. The host name is
     * pinned, so tokens name the same issuer however they were requested; the realm is imported on
     * the first start and kept afterwards, with the gateway's address in the redirect URI of the
     * API documentation's client (Swagger UI signs in through it).
     */
    public static ChildProcess process(Path home, int port, String gatewayUrl, Path log) {
        return new ChildProcess(StackConfig.KEYCLOAK, List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://127.0.0.1:" + port, "--import-realm"),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN, "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN,
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m", "CONFERENCE_GATEWAY_URL", gatewayUrl,
                        "JAVA_HOME", System.getProperty("java.home")),
                log, URI.create("http://127.0.0.1:" + port + "/realms/conference/.well-known/openid-configuration"));
    }

    /** Prints every tenth of the download, so a first start on a slow line does not look stuck. */
    private static void copyShowingProgress(java.io.InputStream in, Path target, long total) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        int shownTenths = 0;
        try (in; var out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                copied += n;
                int tenths = total > 0 ? (int) (copied * 10 / total) : 0;
                if (tenths > shownTenths) {
                    shownTenths = tenths;
                    System.out.printf("  Keycloak: %d of %d MB%n", copied >> 20, total >> 20);
                }
            }
        }
    }

    private static Path zip() throws IOException {
        Path local = Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(ARTIFACT);
        if (Files.exists(local)) {
            return local;
        }
        System.out.println("Downloading Keycloak " + VERSION + " from Maven Central (165 MB, once)...");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        Files.createDirectories(local.getParent());
        Path partial = local.resolveSibling(local.getFileName() + ".part");
        try {
            HttpResponse<java.io.InputStream> download = http.send(HttpRequest.newBuilder(URI.create(CENTRAL + ARTIFACT)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (download.statusCode() != 200) {
                throw new IOException("Maven Central answered " + download.statusCode() + " for " + ARTIFACT);
            }
            copyShowingProgress(download.body(), partial, download.headers().firstValueAsLong("Content-Length").orElse(-1));
            String expected = http.send(HttpRequest.newBuilder(URI.create(CENTRAL + ARTIFACT + ".sha1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().trim().split("\\s+")[0];
            String actual = sha1(partial);
            if (!actual.equalsIgnoreCase(expected)) {
                throw new IOException("Keycloak download is corrupt: SHA-1 " + actual + ", Maven Central says " + expected);
            }
            Files.move(partial, local, StandardCopyOption.ATOMIC_MOVE);
            return local;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while downloading Keycloak", e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks into a temporary folder first, so a stopped unpacking never looks like an installation. */
    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        Path staging = Files.createTempDirectory(into, "keycloak-unpacking");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (entry.getName().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        Files.move(staging.resolve("keycloak-" + VERSION), into.resolve("keycloak-" + VERSION), StandardCopyOption.ATOMIC_MOVE);
        Files.delete(staging);
    }
}
