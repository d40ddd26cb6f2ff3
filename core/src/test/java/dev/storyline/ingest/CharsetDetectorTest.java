package dev.storyline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetDetectorTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void byteOrderMarkWins() {
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE9};
        assertThat(CharsetDetector.detect(utf16, false)).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(CharsetDetector.detect(utf8, false)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void htmlMetaCharsetIsHonoured() {
        byte[] page = "<html><head><meta charset=\"iso-8859-2\"></head><body>x</body></html>".getBytes(StandardCharsets.US_ASCII);
        assertThat(CharsetDetector.detect(page, true)).isEqualTo(Charset.forName("ISO-8859-2"));
        byte[] latin1 = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">".getBytes(StandardCharsets.US_ASCII);
        assertThat(CharsetDetector.detect(latin1, true)).isEqualTo(WINDOWS_1252);
    }

    @Test
    void validUtf8IsUtf8AndAnythingElseIsWindows1252() {
        assertThat(CharsetDetector.detect("naïve café".getBytes(StandardCharsets.UTF_8), false)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.detect("naïve café".getBytes(StandardCharsets.ISO_8859_1), false)).isEqualTo(WINDOWS_1252);
    }

    @Test
    void pageDeclaringUtf8ButWrittenInLatin1IsReadAsWindows1252() {
        byte[] page = "<meta charset=utf-8><p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CharsetDetector.detect(page, true)).isEqualTo(WINDOWS_1252);
    }

    @Test
    void utf8BytesWinOverADeclaredCharsetTheyDoNotMatch() {
        byte[] gb = "<meta charset=\"gb2312\"><p>北京天气 naïve</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.detect(gb, true)).isEqualTo(StandardCharsets.UTF_8);
        byte[] latin = "<meta charset=\"iso-8859-1\"><p>café</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.detect(latin, true)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void declaredCharsetStandsWhenTheBytesAreNotUtf8() {
        byte[] gb = "<meta charset=\"gb2312\"><p>北京天气</p>".getBytes(Charset.forName("GB2312"));
        assertThat(CharsetDetector.detect(gb, true)).isEqualTo(Charset.forName("GB2312"));
    }
}
