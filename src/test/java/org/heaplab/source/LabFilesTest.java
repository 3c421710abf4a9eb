package org.heaplab.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.heaplab.cli.CliAccess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the lab reads: capped while reading, regular files only, links refused where asked; and the CLI's words for each. */
class LabFilesTest {
    @TempDir
    Path dir;

    /** A FIFO (a named pipe): opening one to read blocks until a writer comes, so it must never be opened. */
    static Path fifo(Path at) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", at.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here");
            return null;
        }
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed");
        return at;
    }

    /** A sparse file of {@code size} bytes (no disk used). */
    static Path sparse(Path at, long size) throws IOException {
        try (var f = new RandomAccessFile(at.toFile(), "rw")) {
            f.setLength(size);
        }
        return at;
    }

    @Test
    void aDeviceAFifoAndAFolderAreNotRead() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThatThrownBy(() -> LabFiles.readText(Path.of("/dev/zero"), 100)).isInstanceOf(LabFiles.Refused.class)
                .hasMessage("/dev/zero is not a regular file");
        Path f = fifo(dir.resolve("pipe.zig"));
        assertThatThrownBy(() -> LabFiles.readText(f, 100)).isInstanceOf(LabFiles.Refused.class).hasMessageEndingWith("pipe.zig is not a regular file");
        assertThatThrownBy(() -> LabFiles.readText(dir, 100)).isInstanceOf(LabFiles.Refused.class).hasMessageEndingWith("is a folder, not a file");
    }

    @Test
    void theCapHoldsWhateverTheFileSays() throws Exception {
        Path big = sparse(dir.resolve("big.zig"), 3L << 30);
        assertThatThrownBy(() -> LabFiles.readText(big, LabFiles.PROGRAM_LIMIT)).isInstanceOf(LabFiles.Refused.class)
                .hasMessageEndingWith("big.zig is too large for Heap Lab (limit 4 MiB)");
        // a regular file whose size says 0 but that holds more (as /proc's do): the cap is enforced while reading
        Path maps = Path.of("/proc/self/maps");
        Assumptions.assumeTrue(Files.isRegularFile(maps) && Files.size(maps) == 0);
        assertThatThrownBy(() -> LabFiles.readText(maps, 100)).isInstanceOf(LabFiles.Refused.class)
                .hasMessage("/proc/self/maps is too large for Heap Lab (limit 100 bytes)");
        assertThat(LabFiles.readText(maps, 1 << 20)).isNotEmpty();
    }

    @Test
    void aFileAtTheCapIsReadAndNotUtf8IsSaid() throws Exception {
        Path f = Files.writeString(dir.resolve("a.zig"), "x".repeat(1024));
        assertThat(LabFiles.readText(f, 1024)).hasSize(1024);
        assertThatThrownBy(() -> LabFiles.readText(f, 1023)).hasMessageEndingWith("(limit 1023 bytes)");
        Path bad = Files.write(dir.resolve("b.zig"), new byte[] {'a', (byte) 0xff, 'b'});
        assertThatThrownBy(() -> LabFiles.readText(bad, 1024)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void aLinkIsFollowedOrRefusedAsAsked() throws Exception {
        Path target = Files.writeString(dir.resolve("t.zig"), "const a = 1;\n");
        Path link = Files.createSymbolicLink(dir.resolve("l.zig"), target);
        assertThat(LabFiles.readText(link, 100)).isEqualTo("const a = 1;\n");
        assertThatThrownBy(() -> LabFiles.readText(link, 100, LabFiles.Links.REFUSE)).isInstanceOf(LabFiles.Refused.class)
                .hasMessageEndingWith("l.zig is a symbolic link");
        Path zero = Files.createSymbolicLink(dir.resolve("z.zig"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> LabFiles.readText(zero, 100)).hasMessageEndingWith("z.zig is not a regular file");
    }

    private static String[] cli(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = CliAccess.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void theCommandLineRefusesWhatItCannotReadWithTheReason() throws Exception {
        Path big = sparse(dir.resolve("big.zig"), 3L << 30);
        assertThat(cli("check", big.toString())).containsExactly("2", "", "heaplab: " + big + " is too large for Heap Lab (limit 4 MiB)\n");
        Path f = fifo(dir.resolve("pipe.zig"));
        assertThat(cli("run", f.toString())).containsExactly("2", "", "heaplab: " + f + " is not a regular file\n");
        assertThat(cli("check", "/dev/zero")).containsExactly("2", "", "heaplab: /dev/zero is not a regular file\n");
        Path trace = fifo(dir.resolve("trace.json"));
        assertThat(cli("replay", trace.toString())).containsExactly("2", "", "heaplab: " + trace + " is not a regular file\n");
        Path hugeTrace = sparse(dir.resolve("huge.json"), 100L << 20);
        assertThat(cli("replay", hugeTrace.toString())).containsExactly("2", "", "heaplab: " + hugeTrace + " is too large for Heap Lab (limit 64 MiB)\n");
    }
}
