package org.heaplab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's files are regular files of its own folder: a link (to a file outside, to a
 * device), a FIFO, a folder or a file too large where a file should be makes the scenario
 * broken, reported with the reason, and the others load; nothing hangs or fills the heap.
 */
class ScenarioFolderTest {
    static final Path SOURCE = Path.of("scenarios", "07-double-free");

    @TempDir
    Path dir;

    /** A copy of a real scenario in {@code dir} under {@code name}. */
    static Path copy(Path dir, String name) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> files = Files.list(SOURCE)) {
            for (Path f : files.toList()) Files.copy(f, d.resolve(f.getFileName()));
        }
        return d;
    }

    static void mkfifo(Path at) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", at.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed");
    }

    private String problemOf(String id) throws IOException {
        ScenarioLibrary lib = ScenarioLibrary.load(dir);
        assertThat(lib.scenarios()).extracting(Scenario::id).contains("01-good").doesNotContain(id);
        return lib.problems().stream().filter(p -> p.file().contains("/" + id + "/")).map(ScenarioException::getMessage).findFirst()
                .orElseThrow(() -> new AssertionError("no problem reported for " + id + ": " + lib.problems()));
    }

    @Test
    void aProgramThatLinksOutOfTheFolderIsNotRead() throws Exception {
        copy(dir, "01-good");
        Path bad = copy(dir, "02-link");
        Path secret = Files.writeString(dir.resolve("secret.zig"), "pub fn main() void {}\n");
        Files.delete(bad.resolve("main.zig"));
        Files.createSymbolicLink(bad.resolve("main.zig"), secret);
        assertThat(problemOf("02-link")).endsWith("02-link/scenario.txt:6: cannot read main.zig: it is a symbolic link");
    }

    @Test
    void aScenarioFileThatIsADeviceAFifoOrALinkIsReported() throws Exception {
        copy(dir, "01-good");
        Path zero = copy(dir, "02-zero");
        Files.delete(zero.resolve("scenario.txt"));
        Files.createSymbolicLink(zero.resolve("scenario.txt"), Path.of("/dev/zero"));
        Path fifo = copy(dir, "03-fifo");
        Files.delete(fifo.resolve("scenario.txt"));
        mkfifo(fifo.resolve("scenario.txt"));
        assertThat(problemOf("02-zero")).endsWith("02-zero/scenario.txt: cannot read it: it is a symbolic link");
        assertThat(problemOf("03-fifo")).endsWith("03-fifo/scenario.txt: cannot read it: it is not a regular file");
    }

    @Test
    void aFolderOrAHugeFileWhereAProgramShouldBeIsReported() throws Exception {
        copy(dir, "01-good");
        Path folder = copy(dir, "02-folder");
        Files.delete(folder.resolve("solution.zig"));
        Files.createDirectory(folder.resolve("solution.zig"));
        Path huge = copy(dir, "03-huge");
        try (var f = new RandomAccessFile(huge.resolve("main.zig").toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertThat(problemOf("02-folder")).contains("cannot read solution.zig: it is a folder, not a file");
        assertThat(problemOf("03-huge")).contains("cannot read main.zig: it is too large for Heap Lab (limit 256 KiB)");
    }

    @Test
    void aLongQuotedTextIsReadWithoutRecursion() throws Exception {
        copy(dir, "01-good");
        Path d = copy(dir, "02-long");
        String text = Files.readString(d.resolve("scenario.txt"));
        String longText = "ab\\\"".repeat(40_000);
        Files.writeString(d.resolve("scenario.txt"), text.replace("expect: live blocks 2", "expect: output contains \"" + longText + "\""));
        ScenarioLibrary lib = ScenarioLibrary.load(dir);
        assertThat(lib.problems()).isEmpty();
        Files.writeString(d.resolve("scenario.txt"), text.replace("expect: live blocks 2", "expect: output contains \"" + longText));
        assertThat(problemOf("02-long")).contains("expected a text in double quotes");
    }

    @Test
    void aNumberTooLargeIsSaid() throws Exception {
        copy(dir, "01-good");
        Path d = copy(dir, "02-number");
        String text = Files.readString(d.resolve("scenario.txt"));
        Files.writeString(d.resolve("scenario.txt"), text.replace("run to line 20", "run to line 99999999999"));
        assertThat(problemOf("02-number")).endsWith("02-number/scenario.txt:13: a number too large: \"99999999999\"");
    }

    @Test
    void aScenarioFolderThatIsALinkIsReported() throws Exception {
        copy(dir, "01-good");
        Path elsewhere = copy(Files.createDirectories(dir.resolve("elsewhere")), "x");
        Files.createSymbolicLink(dir.resolve("02-linked"), elsewhere);
        assertThat(problemOf("02-linked")).contains("the folder is a symbolic link");
    }
}
