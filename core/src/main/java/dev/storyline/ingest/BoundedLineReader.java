package dev.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes from a stream, holding at most {@code maxLineBytes} of a line: the rest of a longer line is
 * read past without being kept, so one line of gigabytes costs no more memory than the limit. A line ends at
 * {@code \n}, {@code \r\n} or {@code \r}, which are not part of it.
 */
final class BoundedLineReader {

    /** One line: its number from 1, and its bytes, or null when it was longer than the limit. */
    record Line(int number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private int number;
    private boolean pendingCarriageReturn;

    BoundedLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] line = new byte[Math.min(maxLineBytes, 256)];
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            byte b = buffer[position++];
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (b == '\n') {
                    continue; // the \n of a \r\n that ended the previous line
                }
            }
            any = true;
            if (b == '\n') {
                break;
            }
            if (b == '\r') {
                pendingCarriageReturn = true;
                break;
            }
            if (tooLong) {
                continue;
            }
            if (length == maxLineBytes) {
                tooLong = true;
                line = null;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, 2L * line.length));
            }
            line[length++] = b;
        }
        number++;
        return new Line(number, tooLong ? null : Arrays.copyOf(line, length));
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
