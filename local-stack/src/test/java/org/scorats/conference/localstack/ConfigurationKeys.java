package org.scorats.conference.localstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a deployment may set for an application: the configuration keys it reads, as environment variables. */
final class ConfigurationKeys {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^:}]+)");

    private ConfigurationKeys() {
    }

    /** Keys defined in, or referenced from, the service's and the shared configuration, as environment variable names. */
    static Set<String> asVariables(Path repository, String service) throws IOException {
        Set<String> variables = new HashSet<>();
        for (Path file : List.of(repository.resolve(service).resolve("src/main/resources/application.properties"),
                repository.resolve("service-conventions/src/main/resources/META-INF/microprofile-config.properties"))) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            for (String key : properties.stringPropertyNames()) {
                variables.add(asVariable(key.replaceFirst("^%[^.]+\\.", "")));
                Matcher references = REFERENCE.matcher(properties.getProperty(key));
                while (references.find()) {
                    variables.add(asVariable(references.group(1)));
                }
            }
        }
        return variables;
    }

    /** MicroProfile Config's mapping: upper case, every other character than letters and digits an underscore. */
    private static String asVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
