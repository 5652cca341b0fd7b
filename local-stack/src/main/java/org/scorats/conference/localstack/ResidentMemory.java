package org.scorats.conference.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of a process, from Linux's /proc. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    /** @return kibibytes, or -1 where /proc is not there or the process is gone */
    public static long kib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
