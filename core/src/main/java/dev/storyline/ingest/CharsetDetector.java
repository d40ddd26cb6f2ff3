package dev.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the charset of a page: a byte order mark first, then (for HTML) a declared meta charset, then strict UTF-8
 * validation, and windows-1252 when the bytes are not valid UTF-8 (the usual charset of legacy Western pages, and
 * one that decodes any byte).
 *
 * <p>Bytes that are valid UTF-8 and hold non-ASCII characters are read as UTF-8 whatever the page declares: pages
 * re-encoded to UTF-8 by a CMS or a crawler keep their old declaration, and text in another charset almost never
 * forms valid multi-byte UTF-8 by chance. Decoding them with the declared charset would turn every accented or CJK
 * character into mojibake.
 */
public final class CharsetDetector {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;

    private CharsetDetector() {
    }

    /** The charset to decode {@code bytes} with; {@code html} enables the meta charset check. */
    public static Charset detect(byte[] bytes, boolean html) {
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        boolean utf8 = isValidUtf8(bytes);
        if (html) {
            Charset declared = declaredInMeta(bytes);
            if (declared != null && !(utf8 && !declared.equals(StandardCharsets.UTF_8) && hasMultiByteSequence(bytes))) {
                return declared;
            }
        }
        return utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** The length of the byte order mark at the start of {@code bytes}, 0 when there is none. */
    public static int byteOrderMarkLength(byte[] bytes) {
        Charset bom = byteOrderMark(bytes);
        if (bom == null) {
            return 0;
        }
        return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset declaredInMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers treat a declared Latin-1 as windows-1252, and so do we.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
            return WINDOWS_1252;
        }
        try {
            Charset declared = Charset.forName(name);
            // A page that declares UTF-8 but is not valid UTF-8 is more often windows-1252 than broken.
            if (declared.equals(StandardCharsets.UTF_8) && !isValidUtf8(bytes)) {
                return WINDOWS_1252;
            }
            return declared;
        } catch (IllegalArgumentException unknownCharset) {
            return null;
        }
    }

    /** True when some byte is outside ASCII, so that valid UTF-8 holds a multi-byte sequence. */
    private static boolean hasMultiByteSequence(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
