package dev.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Looks at the first bytes of an input to tell binary data from text, and HTML from plain text. */
final class ContentSniffer {

    private static final int SNIFF_BYTES = 8192;

    private ContentSniffer() {
    }

    /**
     * True when the bytes look like binary data rather than text: a NUL byte, or many control characters, in the
     * first 8 KiB. UTF-16 text (which has NUL bytes) is recognised by its byte order mark and is not binary.
     */
    static boolean isBinary(byte[] bytes) {
        if (CharsetDetector.byteOrderMarkLength(bytes) == 2) {
            return false;
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    /** True when the text starts like an HTML document or fragment. */
    static boolean looksLikeHtml(byte[] bytes) {
        int skip = CharsetDetector.byteOrderMarkLength(bytes);
        String head = new String(bytes, skip, Math.min(bytes.length - skip, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<!--") && head.contains("<html");
    }

    static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
