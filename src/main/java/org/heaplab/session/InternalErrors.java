package org.heaplab.session;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The last resort: Heap Lab itself failed (a Java exception or error escaped the compiler or the
 * machine). The user never sees a Java stack trace; they see one paragraph saying that this is a
 * bug in the lab, not in their program, with the file, the lab's version, and the path of a file
 * holding the details (the stack trace, the Java and OS versions, the program) to attach to a report.
 *
 * <p>The details go to {@code <java.io.tmpdir>/heaplab}, or to the folder named by the system
 * property {@code heaplab.internal-errors.dir}. Tests and the fuzzer may watch the failures
 * ({@link #observe}) to learn where in the lab each one was thrown.
 */
public final class InternalErrors {
    private InternalErrors() {}

    /** Heap Lab's version, as the jar's manifest or the build says. */
    public static final String VERSION = version();

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile Consumer<Throwable> observer;

    private static String version() {
        String v = InternalErrors.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1";
    }

    /** Hands every internal failure to {@code o} (null: to nobody) before it is reported. */
    public static void observe(Consumer<Throwable> o) { observer = o; }

    /** Shows a failure that is reported otherwise (a compiler stack overflow: "nests too deeply") to the observer only. */
    public static void observed(Throwable t) {
        Consumer<Throwable> o = observer;
        if (o != null) o.accept(t);
        if (System.getenv("HEAPLAB_TRACE_INTERNAL") != null) t.printStackTrace();
    }

    /**
     * Records a failure and says what the user is to do about it.
     *
     * @param doing    what the lab was doing: "compiling", "running", "checking"...
     * @param fileName the program's file name as the user knows it, or null
     * @param program  the program's text (kept in the details file), or null
     * @return one paragraph for the user: what happened, the version, where the details are
     */
    public static String report(String doing, String fileName, String program, Throwable t) {
        Consumer<Throwable> o = observer;
        if (o != null) o.accept(t);
        if (System.getenv("HEAPLAB_TRACE_INTERNAL") != null) t.printStackTrace();
        String what = t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + firstLine(t.getMessage()) : "");
        Path details = writeDetails(doing, fileName, program, t);
        String with = fileName != null ? " with " + fileName + (details != null ? " and" : "") : details != null ? " with" : "";
        return "internal error while " + doing + (fileName != null ? " " + fileName : "") + " (" + what + "). This is a bug in Heap Lab "
                + VERSION + ", not in your program. Please report it" + with
                + (details != null ? " the details in " + details : " (the details could not be saved)") + ".";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static Path writeDetails(String doing, String fileName, String program, Throwable t) {
        try {
            String dirName = System.getProperty("heaplab.internal-errors.dir");
            Path dir = dirName != null ? Path.of(dirName) : Path.of(System.getProperty("java.io.tmpdir"), "heaplab");
            Files.createDirectories(dir);
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
            Path f = dir.resolve("internal-error-" + stamp + "-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet() + ".txt");
            var sw = new StringWriter();
            var pw = new PrintWriter(sw);
            pw.println("Heap Lab " + VERSION + ": internal error while " + doing + (fileName != null ? " " + fileName : ""));
            pw.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
            pw.println();
            t.printStackTrace(pw);
            if (program != null) {
                pw.println();
                pw.println("---- " + fileName + " ----");
                pw.print(program.length() > 1_000_000 ? program.substring(0, 1_000_000) + "\n[cut at 1000000 characters]\n" : program);
            }
            pw.flush();
            // getBytes replaces what UTF-8 cannot hold (a lone surrogate) instead of failing
            Files.write(f, sw.toString().getBytes(StandardCharsets.UTF_8));
            return f;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
