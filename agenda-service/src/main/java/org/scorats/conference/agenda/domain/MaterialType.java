package org.scorats.conference.agenda.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a talk's materials may be, and how each starts: a file is taken only if its
 * bytes are what its type says, so nobody serves a script or a page under a presentation's name.
 */
public enum MaterialType {
    PDF("application/pdf", ".pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", Zip.LOCAL_HEADER),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", Zip.LOCAL_HEADER),
    ODP("application/vnd.oasis.opendocument.presentation", ".odp", Zip.LOCAL_HEADER);

    /** Office and OpenDocument files are ZIP archives. */
    private static final class Zip {
        static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    }

    public static final List<String> MEDIA_TYPES = Arrays.stream(values()).map(t -> t.mediaType).toList();

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    MaterialType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of a Content-Type header, its parameters ignored. */
    public static Optional<MaterialType> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    /** Whether the bytes start as a file of this type does. */
    public boolean starts(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Whether a file name ends in this type's extension, in any case. */
    public boolean names(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(extension);
    }
}
