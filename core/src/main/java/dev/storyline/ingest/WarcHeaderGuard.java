package dev.storyline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Passes an uncompressed WARC stream through while following its framing (header, {@code Content-Length} bytes of
 * block, next header), and stops with a {@link HeaderTooLargeException} when one record's WARC header grows past a
 * limit. jwarc collects a header whole before it looks at it, so a header line of gigabytes (a few kilobytes once
 * gzipped) would otherwise take all the memory there is.
 *
 * <p>A header that does not start with {@code WARC/} (an ARC file, or garbage that jwarc will reject) or that has no
 * {@code Content-Length} ends the guarding: the framing is then jwarc's alone.
 */
final class WarcHeaderGuard extends FilterInputStream {

    /** A WARC header over the limit; the file cannot be followed past it. */
    static final class HeaderTooLargeException extends IOException {
        private final int record;

        HeaderTooLargeException(int record, int limit) {
            super("WARC record " + record + " has a header larger than " + limit + " bytes");
            this.record = record;
        }

        /** The number of the record whose header is too large, from 1. */
        int record() {
            return record;
        }
    }

    private enum State { HEADER, BLOCK, UNGUARDED }

    private final int limit;
    private final ByteArrayOutputStream header = new ByteArrayOutputStream();
    private State state = State.HEADER;
    private long blockLeft;
    private int records;
    /** The last four bytes of the header, to see its blank line come. */
    private int tail;

    WarcHeaderGuard(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            follow(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            follow(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(8192, Math.max(n, 1))];
        int read = read(scratch, 0, (int) Math.min(n, scratch.length));
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Advances the framing over {@code n} bytes just read. */
    private void follow(byte[] b, int off, int n) throws IOException {
        int i = off;
        int end = off + n;
        while (i < end && state != State.UNGUARDED) {
            if (state == State.BLOCK) {
                int take = (int) Math.min(blockLeft, end - i);
                blockLeft -= take;
                i += take;
                if (blockLeft == 0) {
                    state = State.HEADER;
                }
                continue;
            }
            byte c = b[i++];
            if (header.size() == 0 && (c == '\r' || c == '\n')) {
                continue; // the blank lines that end the previous record
            }
            if (header.size() == 0) {
                records++;
                tail = 0;
            }
            header.write(c);
            if (header.size() > limit) {
                throw new HeaderTooLargeException(records, limit);
            }
            tail = tail << 8 | c & 0xFF;
            if ((tail & 0xFFFF) == 0x0A0A || tail == 0x0D0A0D0A) {
                startBlock();
            }
        }
    }

    private void startBlock() {
        String text = header.toString(StandardCharsets.ISO_8859_1);
        header.reset();
        Long length = text.startsWith("WARC/") ? contentLength(text) : null;
        if (length == null) {
            state = State.UNGUARDED;
        } else if (length > 0) {
            blockLeft = length;
            state = State.BLOCK;
        }
    }

    private static Long contentLength(String header) {
        for (String line : header.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                try {
                    long length = Long.parseLong(line.substring(colon + 1).trim());
                    return length >= 0 ? length : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
