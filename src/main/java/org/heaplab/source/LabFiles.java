package org.heaplab.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Every file Heap Lab reads goes through here, with a cap. The cap is enforced while reading: at
 * most {@code limit + 1} bytes are read through a stream, so a device ({@code /dev/zero}, whose
 * size is 0), a file that grows while it is read or a sparse file of gigabytes is refused after a
 * few MiB instead of filling the Java heap. Only regular files are opened: a FIFO would block the
 * open itself, a directory or a device is no text; the check is made on the file's attributes
 * before it is opened. Scenario folders are read with {@link Links#REFUSE}: a symbolic link there
 * is refused, and the file is opened with {@code NOFOLLOW_LINKS} too, so a link put in place
 * after the check is not followed either.
 *
 * <p>The caps (docs/design-notes.md): a program (a file given to run or check, the editor's file,
 * the autosaved work) {@value #PROGRAM_LIMIT} bytes = 4 MiB; a trace {@value #TRACE_LIMIT} bytes =
 * 64 MiB (a program and up to 100,000 events); the lab's own small files (settings, progress)
 * {@value #SETTINGS_LIMIT} bytes = 1 MiB. Scenario files have their own, smaller cap.
 */
public final class LabFiles {
    private LabFiles() {}

    public static final int PROGRAM_LIMIT = 4 << 20;
    public static final int TRACE_LIMIT = 64 << 20;
    public static final int SETTINGS_LIMIT = 1 << 20;

    /** Whether a symbolic link is followed to its target or refused. */
    public enum Links { FOLLOW, REFUSE }

    /** A file Heap Lab does not read, and why: too large, not a regular file, a link where none may be. */
    public static final class Refused extends IOException {
        private final String reason;

        Refused(Path file, String reason) {
            super(file + " " + reason);
            this.reason = reason;
        }

        /** The reason without the file's name: "is too large for Heap Lab (limit 4 MiB)". */
        public String reason() { return reason; }
    }

    /** The text of a UTF-8 file of at most {@code limit} bytes (a malformed one: {@link java.nio.charset.MalformedInputException}). */
    public static String readText(Path p, int limit) throws IOException {
        return readText(p, limit, Links.FOLLOW);
    }

    public static String readText(Path p, int limit, Links links) throws IOException {
        return decode(readBytes(p, limit, links));
    }

    /** The bytes of a regular file of at most {@code limit} bytes. */
    public static byte[] readBytes(Path p, int limit, Links links) throws IOException {
        if (limit < 0 || limit > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("limit " + limit);
        LinkOption[] attrOptions = links == Links.REFUSE ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, attrOptions);
        } catch (UnsupportedOperationException e) {
            throw new IOException(p + " cannot be read: " + e.getMessage(), e);
        }
        if (a.isSymbolicLink()) throw new Refused(p, "is a symbolic link");
        if (a.isDirectory()) throw new Refused(p, "is a folder, not a file");
        if (!a.isRegularFile()) throw new Refused(p, "is not a regular file");
        if (a.size() > limit) throw tooLarge(p, limit);
        // NOFOLLOW_LINKS at the open too (the default file system only: others refuse the option)
        OpenOption[] open = links == Links.REFUSE && p.getFileSystem() == FileSystems.getDefault()
                ? new OpenOption[] {LinkOption.NOFOLLOW_LINKS} : new OpenOption[0];
        byte[] bytes;
        try (InputStream in = Files.newInputStream(p, open)) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) throw tooLarge(p, limit);
        return bytes;
    }

    /** The text of a stream (a resource) of at most {@code limit} bytes, called {@code name} in errors. */
    public static String readText(InputStream in, String name, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) throw tooLarge(Path.of(name), limit);
        return decode(bytes);
    }

    private static Refused tooLarge(Path p, int limit) {
        return new Refused(p, "is too large for Heap Lab (limit " + size(limit) + ")");
    }

    /** A limit as people read it: "4 MiB", "256 KiB", "100 bytes". */
    public static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) return (bytes >> 20) + " MiB";
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) return (bytes >> 10) + " KiB";
        return bytes + " bytes";
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
