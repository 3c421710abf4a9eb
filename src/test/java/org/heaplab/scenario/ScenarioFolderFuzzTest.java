package org.heaplab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a scenario folder holds, {@link ScenarioLibrary#load} gives each folder as a scenario
 * or as a problem with its reason, never another Throwable, never a hang. Starts from the real
 * {@code scenarios/} folders and mutates copies, seeded: files missing, emptied, cut, made
 * random, replaced by links (to a file outside, to {@code /dev/zero}, to nothing), by folders,
 * by FIFOs or by sparse files of gigabytes; {@code scenario.txt} with lines dropped, doubled,
 * swapped or garbled, program names that leave the folder.
 *
 * <p>200 mutated folders by default; {@code -Dheaplab.fuzz.long=true} runs 100 times as many,
 * {@code -Dheaplab.fuzz.count=N} exactly N, {@code -Dheaplab.fuzz.seed=S} another seed (docs/testing.md).
 */
class ScenarioFolderFuzzTest {
    private static final String[] NAMES = {
        "../07-double-free/main.zig", "/etc/passwd", "..", ".", "main.zig/", "x.zig", "a..zig", "\u0000.zig", "main.zig main.zig", "",
        "solution.zig", "scenario.txt",
    };

    @TempDir
    Path dir;

    static int count(int normal) {
        String n = System.getProperty("heaplab.fuzz.count");
        if (n != null) return Integer.parseInt(n);
        return Boolean.getBoolean("heaplab.fuzz.long") ? normal * 100 : normal;
    }

    @Test
    void everyMutatedFolderLoadsOrIsReportedBroken() throws Exception {
        long seed = Long.getLong("heaplab.fuzz.seed", 0x5eedL);
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        List<Path> sources;
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            sources = list.filter(Files::isDirectory).sorted().toList();
        }
        Path outside = Files.writeString(dir.resolve("outside.zig"), "pub fn main() void {}\n");
        int n = count(200);
        int loaded = 0;
        for (int i = 0; i < n; i++) {
            Path lib = Files.createDirectories(dir.resolve("lib" + i));
            Path src = sources.get(rnd.nextInt(sources.size()));
            Path d = Files.createDirectories(lib.resolve(src.getFileName()));
            try (Stream<Path> files = Files.list(src)) {
                for (Path f : files.toList()) Files.copy(f, d.resolve(f.getFileName()));
            }
            List<String> done = new ArrayList<>();
            int rounds = 1 + rnd.nextInt(3);
            for (int r = 0; r < rounds; r++) done.add(mutate(rnd, d, outside));
            try {
                ScenarioLibrary l = ScenarioLibrary.load(lib);
                boolean listed = Files.exists(d.resolve(ScenarioParser.FILE), LinkOption.NOFOLLOW_LINKS);
                assertThat(l.scenarios().size() + l.problems().size()).as("the folder is a scenario or a problem").isEqualTo(listed ? 1 : 0);
                for (ScenarioException p : l.problems()) assertThat(p.problem()).isNotBlank();
                loaded += l.scenarios().size();
            } catch (Throwable e) {
                throw new AssertionError("folder " + i + " (seed " + seed + ", " + src.getFileName() + ": " + done + ") threw " + e, e);
            }
            clean(lib);
        }
        assertThat(loaded).as("some mutations leave a scenario that loads").isPositive();
    }

    /** One mutation of a scenario folder; says what it did. */
    static String mutate(RandomGenerator rnd, Path d, Path outside) throws Exception {
        String[] files = {"scenario.txt", "main.zig", "solution.zig"};
        Path f = d.resolve(files[rnd.nextInt(files.length)]);
        if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) return "kept folder " + f.getFileName();
        // a file to edit: regular and small (not one of the sparse ones made before)
        boolean regular = Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.size(f) < 1 << 20;
        int kind = rnd.nextInt(12);
        if (!regular && kind >= 5) kind = rnd.nextInt(5);
        switch (kind) {
            case 0 -> {
                Files.deleteIfExists(f);
                return "deleted " + f.getFileName();
            }
            case 1 -> {
                Files.deleteIfExists(f);
                Files.createSymbolicLink(f, rnd.nextBoolean() ? outside : rnd.nextBoolean() ? Path.of("/dev/zero") : d.resolve("nowhere"));
                return "linked " + f.getFileName();
            }
            case 2 -> {
                Files.deleteIfExists(f);
                Files.createDirectory(f);
                return "folder for " + f.getFileName();
            }
            case 3 -> {
                Files.deleteIfExists(f);
                try (var raf = new RandomAccessFile(f.toFile(), "rw")) {
                    raf.setLength(rnd.nextBoolean() ? 3L << 30 : (256 << 10) + 1);
                }
                return "sparse " + f.getFileName();
            }
            case 4 -> {
                Files.deleteIfExists(f);
                if (rnd.nextInt(4) == 0 && mkfifo(f)) return "fifo " + f.getFileName();
                Files.write(f, new byte[0]);
                return "emptied " + f.getFileName();
            }
            case 5 -> {
                byte[] b = Files.readAllBytes(f);
                Files.write(f, Arrays.copyOf(b, b.length == 0 ? 0 : rnd.nextInt(b.length)));
                return "cut " + f.getFileName();
            }
            case 6 -> {
                byte[] b = Files.readAllBytes(f);
                for (int k = 0; k < 1 + rnd.nextInt(8) && b.length > 0; k++) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                Files.write(f, b);
                return "garbled " + f.getFileName();
            }
            default -> {
                return editScenarioFile(rnd, d.resolve(ScenarioParser.FILE));
            }
        }
    }

    /** The scenario file, line by line: a line dropped, doubled, swapped, a program renamed, a character put in. */
    private static String editScenarioFile(RandomGenerator rnd, Path s) throws IOException {
        if (!Files.isRegularFile(s, LinkOption.NOFOLLOW_LINKS) || Files.size(s) >= 1 << 20) return "no scenario file to edit";
        List<String> lines = new ArrayList<>(Arrays.asList(new String(Files.readAllBytes(s), StandardCharsets.UTF_8).split("\n", -1)));
        int at = rnd.nextInt(lines.size());
        String what;
        switch (rnd.nextInt(6)) {
            case 5 -> {
                // a long text in quotes, closed or not, where a check takes one
                String unit = rnd.nextBoolean() ? "ab" : "a\\\"";
                lines.add(at, "expect: output contains \"" + unit.repeat(rnd.nextInt(60_000)) + (rnd.nextBoolean() ? "\"" : ""));
                what = "a long quoted text at line " + at;
            }
            case 0 -> {
                lines.remove(at);
                what = "dropped line " + at;
            }
            case 1 -> {
                lines.add(at, lines.get(rnd.nextInt(lines.size())));
                what = "doubled a line at " + at;
            }
            case 2 -> {
                int j = rnd.nextInt(lines.size());
                String x = lines.get(at);
                lines.set(at, lines.get(j));
                lines.set(j, x);
                what = "swapped lines " + at + " and " + j;
            }
            case 3 -> {
                String key = rnd.nextBoolean() ? "program: " : "solution: ";
                String name = NAMES[rnd.nextInt(NAMES.length)];
                lines.replaceAll(l -> l.startsWith(key) ? key + name : l);
                what = "renamed the " + key + name;
            }
            default -> {
                String l = lines.get(at);
                int cut = l.isEmpty() ? 0 : rnd.nextInt(l.length());
                lines.set(at, l.substring(0, cut) + (char) rnd.nextInt(0x3000) + l.substring(cut));
                what = "a character into line " + at;
            }
        }
        Files.writeString(s, String.join("\n", lines));
        return what;
    }

    private static boolean mkfifo(Path f) {
        try {
            return new ProcessBuilder("mkfifo", f.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void clean(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
