package org.scorats.conference.door;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference verifier on the command line, with no network:
 *
 * <pre>java -jar door-verifier.jar --keys badge-keys.json --door-list door-list.json [--at 2024-09-04T08:30:00Z] TOKEN...</pre>
 *
 * {@code --keys} is the JWKS the device pinned ({@code GET .../badge-keys}), {@code --door-list} the
 * door list as served ({@code GET .../door-list}, the whole answer or just its {@code signed}
 * member). Prints one JSON line per token; exits 0 when every token admits, 1 when one does not, 2
 * when the keys or the list cannot be used.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path keysFile = null;
        Path listFile = null;
        Instant at = Instant.now();
        List<String> tokens = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--keys" -> keysFile = Path.of(args[++i]);
                    case "--door-list" -> listFile = Path.of(args[++i]);
                    case "--at" -> at = Instant.parse(args[++i]);
                    default -> tokens.add(args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
            return usage(err, "an option lacks its value, or --at is not an instant like 2024-09-04T08:30:00Z");
        }
        if (keysFile == null || listFile == null || tokens.isEmpty()) {
            return usage(err, "give --keys, --door-list and at least one token");
        }
        DoorVerifier verifier;
        try {
            JsonNode jwks = DoorVerifier.JSON.readTree(Files.readString(keysFile));
            if (!jwks.path("keys").isArray()) {
                throw new IllegalArgumentException(keysFile + " is not a JSON Web Key Set (no \"keys\" array)");
            }
            List<BadgeKey> keys = Arrays.asList(DoorVerifier.JSON.treeToValue(jwks.path("keys"), BadgeKey[].class));
            String list = Files.readString(listFile).strip();
            if (list.startsWith("{")) {
                list = DoorVerifier.JSON.readTree(list).path("signed").asText();
            }
            verifier = DoorVerifier.open(list, keys);
        } catch (IOException | IllegalArgumentException | MalformedTokenException e) {
            err.println("door-verifier: cannot use the keys or the door list: " + e.getMessage());
            return 2;
        }
        boolean allAdmitted = true;
        for (String token : tokens) {
            Verdict verdict = verifier.verify(token, at);
            allAdmitted &= verdict.admits();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("outcome", verdict.outcome().code());
            line.put("reason", verdict.reason());
            line.put("person", verdict.person());
            try {
                out.println(DoorVerifier.JSON.writeValueAsString(line));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return allAdmitted ? 0 : 1;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("door-verifier: " + problem);
        err.println("usage: java -jar door-verifier.jar --keys badge-keys.json --door-list door-list.json "
                + "[--at 2024-09-04T08:30:00Z] TOKEN...");
        return 2;
    }
}
