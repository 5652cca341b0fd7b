package org.scorats.conference.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who writes: the organizer's name and postal address by language, and the office's phone and
 * email from the conference record (office numbers only, never a person's mobile).
 */
public record Letterhead(Map<String, String> organizer, Map<String, String> address, String phone, String email) {

    List<String> lines(String language) {
        List<String> lines = new ArrayList<>();
        lines.add(Template.in(organizer, language));
        lines.add(Template.in(address, language));
        lines.add(String.join("   ", Stream.of(phone, email).filter(s -> s != null && !s.isBlank()).toList()));
        return lines;
    }
}
