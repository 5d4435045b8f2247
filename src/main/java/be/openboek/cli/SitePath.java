package be.openboek.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The path of a request to the preview, checked and decoded before it reaches the file system or a
 * {@code Location} header. Each segment is percent-decoded on its own, so {@code %2f} or {@code %5c} cannot start a
 * new segment; a segment that decodes to {@code .} or {@code ..}, holds a slash, a backslash or a control character,
 * or is not UTF-8 is refused, and so is a path longer than {@value #MAX_LENGTH} characters. {@link #location()}
 * writes the path back from its segments, so a redirect goes to a path on this site that starts with exactly one
 * slash, never to {@code //host} or {@code /\host}.
 *
 * @param segments the decoded segments, none empty
 * @param folder   whether the path ends in a slash (the root always does)
 * @param tidy     false when the path had empty segments ({@code //}); it is answered with a redirect to {@link #location()}
 */
record SitePath(List<String> segments, boolean folder, boolean tidy) {

    /** Far longer than any path of a built site (ids are short slugs), short enough to refuse junk early. */
    static final int MAX_LENGTH = 2048;

    /** A path the preview does not answer, with the status and a short reason to answer instead. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }
    }

    /** Splits and decodes the raw (still percent-encoded) path of a request, which starts with a slash. */
    static SitePath parse(String raw) throws Refused {
        if (raw.length() > MAX_LENGTH) {
            throw new Refused(414, "the address is longer than " + MAX_LENGTH + " characters");
        }
        if (!raw.startsWith("/")) {
            throw new Refused(400, "expected a path that starts with /");
        }
        String[] parts = raw.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        boolean tidy = true;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                // Only the last part may be empty: it stands for the trailing slash of a folder.
                tidy &= i == parts.length - 1;
            } else {
                segments.add(decode(parts[i]));
            }
        }
        return new SitePath(List.copyOf(segments), raw.endsWith("/"), tidy);
    }

    /** This path as a folder (with a trailing slash). */
    SitePath asFolder() {
        return new SitePath(segments, true, tidy);
    }

    /** Whether a segment starts with a dot: the site has no such files, the folders beside it do (caches, work). */
    boolean hidden() {
        return segments.stream().anyMatch(s -> s.startsWith("."));
    }

    /** The path written back from its segments, percent-encoded: a path on this site starting with exactly one slash. */
    String location() {
        if (segments.isEmpty()) {
            return "/";
        }
        return segments.stream().map(SitePath::encode).collect(Collectors.joining("/", "/", folder ? "/" : ""));
    }

    private static String decode(String part) throws Refused {
        byte[] raw = part.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '%') {
                bytes.write(raw[i]);
            } else if (i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                throw new Refused(400, "a % in the address is not followed by two hexadecimal digits");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "the address is not UTF-8");
        }
        if (text.equals(".") || text.equals("..") || text.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new Refused(400, "the address holds ., .., an encoded slash or backslash, or a control character");
        }
        return text;
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            // RFC 3986 pchar: unreserved, sub-delims, ':' and '@' stay as they are; everything else is encoded.
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
