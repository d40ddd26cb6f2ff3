package dev.storyline.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a gzip file of one or more members (a {@code .warc.gz} holds one member per record), checking each
 * member's CRC and length. Unlike {@link java.util.zip.GZIPInputStream}, it looks for a next member by reading, not by
 * asking {@code available()} (which a pipe may answer with 0 between members), and bytes after a member that do not
 * start another one are an error, not an end: a corrupt file is reported, never cut short without a word.
 */
final class GzipMembersInputStream extends InputStream {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final PushbackInputStream in;
    private final byte[] buffer = new byte[8192];
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private int filled;
    private boolean inMember;
    private boolean ended;
    private int members;

    GzipMembersInputStream(InputStream in) {
        this.in = new PushbackInputStream(in, buffer.length);
    }

    /** Whether {@code head} starts with the gzip magic bytes. */
    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!ended) {
            if (!inMember) {
                if (!readHeader()) {
                    ended = true;
                    break;
                }
                inMember = true;
                inflater.reset();
                crc.reset();
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException("corrupt gzip data in member " + (members) + ": " + e.getMessage());
            }
            if (n > 0) {
                crc.update(b, off, n);
                return n;
            }
            if (inflater.finished()) {
                int remaining = inflater.getRemaining();
                if (remaining > 0) {
                    in.unread(buffer, filled - remaining, remaining);
                }
                readTrailer();
                inMember = false;
            } else if (inflater.needsDictionary()) {
                throw new ZipException("gzip member " + members + " needs a preset dictionary");
            } else if (inflater.needsInput()) {
                filled = in.read(buffer);
                if (filled < 0) {
                    throw new EOFException("gzip member " + members + " ends before its data does (truncated)");
                }
                inflater.setInput(buffer, 0, filled);
            }
        }
        return -1;
    }

    /** Reads the header of the next member; false at the end of the input. */
    private boolean readHeader() throws IOException {
        int first = in.read();
        if (first < 0) {
            return false;
        }
        members++;
        if (first != 0x1F || in.read() != 0x8B) {
            throw new ZipException("not gzip data where member " + members + " should start");
        }
        if (in.read() != 8) {
            throw new ZipException("gzip member " + members + " uses an unknown compression method");
        }
        int flags = readByte();
        skip(6); // modification time, extra flags, operating system
        if ((flags & FEXTRA) != 0) {
            skip(readByte() | readByte() << 8);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
        return true;
    }

    private void readTrailer() throws IOException {
        long storedCrc = readInt();
        long storedSize = readInt();
        if (storedCrc != crc.getValue() || storedSize != (inflater.getBytesWritten() & 0xFFFFFFFFL)) {
            throw new ZipException("gzip member " + members + " is corrupt: its checksum or length does not match");
        }
    }

    private long readInt() throws IOException {
        return (readByte() | readByte() << 8 | readByte() << 16 | (long) readByte() << 24) & 0xFFFFFFFFL;
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("gzip member " + members + " ends early (truncated)");
        }
        return b;
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            readByte();
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (readByte() != 0) {
            // skip the name or comment
        }
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
