package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a trace file holds, reading it ({@link TraceFile#read}) gives a trace or
 * {@link TraceFile.Invalid} (or an {@link java.io.IOException} for a file it will not read),
 * never any other Throwable. Starts from real traces, recorded here from corpus programs, and
 * mutates them, seeded: bytes cut, dropped, doubled, swapped or made random; JSON tokens swapped,
 * doubled or replaced by huge, negative, fractional numbers, strings, arrays, objects, null or
 * deep nesting. A trace that loads holds what a replay needs: settings {@code heaplab run}
 * accepts, and it writes back to itself.
 *
 * <p>1,000 mutations by default; {@code -Dheaplab.fuzz.long=true} runs 100 times as many and
 * {@code -Dheaplab.fuzz.count=N} exactly N; {@code -Dheaplab.fuzz.seed=S} another seed
 * (docs/testing.md).
 */
class TraceFuzzTest {
    static final String[] PROGRAMS = {
        "src/test/resources/conformance/12-double-free-detected/main.zig",
        "src/test/resources/conformance/23-parse-skeleton-arena/main.zig",
        "src/test/resources/conformance/20-intlist-test-leak/main.zig",
    };
    private static final String[] VALUES = {
        "0", "-1", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "1e400", "-1e-400", "2.5", "1" + "0".repeat(60),
        "\"\"", "\"x\"", "\"0x\"", "\"0xffffffffffffffffff\"", "[]", "{}", "[1,2]", "{\"a\":1}", "null", "true", "false", "NaN", "\"\\u0000\"",
        "\"\\ud800\"", "\"" + "a".repeat(300) + "\"",
    };

    /** The fields whose values a replay runs with: settings and counts. */
    private static final String[] FIELDS = {
        "stackBytes", "memoryBytes", "maxSteps", "maxMillis", "maxOutputBytes", "stackTraceFrames", "memoryLimit", "steps", "exitCode",
        "outputBytes", "version", "seed", "step", "allocator", "length",
    };
    private static final long[] NUMBERS = {
        0, -1, 1, 15L << 20, 16L << 20, (16L << 20) - 1, 1L << 20, (1L << 20) + 1, 4096L << 20, 4097L << 20, 1L << 40, Long.MAX_VALUE,
        Long.MIN_VALUE, 1_000_000_000L, 1_000_001_000L, 255, 256, 64, 65, -2,
    };

    static List<byte[]> seeds = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void record() throws Exception {
        for (String p : PROGRAMS) {
            Path f = Path.of(p);
            Session.Mode mode = SteppingConformanceTest.mode(f.getParent());
            TraceFile t = TraceFile.record("main.zig", Files.readString(f), mode, RunSettings.defaults(), (fd, b) -> { }).trace();
            seeds.add(t.toJson().getBytes(StandardCharsets.UTF_8));
        }
    }

    static int count(int normal) {
        String n = System.getProperty("heaplab.fuzz.count");
        if (n != null) return Integer.parseInt(n);
        return Boolean.getBoolean("heaplab.fuzz.long") ? normal * 100 : normal;
    }

    static long seed() {
        return Long.getLong("heaplab.fuzz.seed", 0x5eedL);
    }

    @Test
    void everyMutatedTraceLoadsOrIsRefusedWithTheReason() throws Exception {
        long seed = seed();
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int n = count(1000);
        int loaded = 0;
        Path file = dir.resolve("t.json");
        for (int i = 0; i < n; i++) {
            byte[] bytes = seeds.get(rnd.nextInt(seeds.size()));
            int rounds = 1 + rnd.nextInt(3);
            for (int r = 0; r < rounds; r++) bytes = rnd.nextInt(3) == 0 ? mutateBytes(rnd, bytes) : mutateTokens(rnd, bytes);
            Files.write(file, bytes);
            try {
                TraceFile t = TraceFile.read(file);
                loaded++;
                assertThat(t.settings().problem()).as("settings of a loaded trace").isNull();
                assertThat(TraceFile.parse(t.toJson())).as("a loaded trace writes back to itself").isEqualTo(t);
            } catch (TraceFile.Invalid | java.io.IOException e) {
                assertThat(e.getMessage()).as("the reason").isNotBlank();
            } catch (Throwable e) {
                throw new AssertionError("mutation " + i + " (seed " + seed + ") threw " + e + "; the trace:\n"
                        + new String(bytes, 0, Math.min(bytes.length, 4000), StandardCharsets.UTF_8), e);
            }
        }
        // the mutations are not all fatal: some traces still load (a changed event, an equal value)
        assertThat(loaded).isPositive();
    }

    static byte[] mutateBytes(RandomGenerator rnd, byte[] b) {
        if (b.length == 0) return new byte[] {(byte) rnd.nextInt(256)};
        int at = rnd.nextInt(b.length);
        int len = 1 + rnd.nextInt(Math.min(64, b.length - at));
        var out = new java.io.ByteArrayOutputStream();
        switch (rnd.nextInt(6)) {
            case 0 -> out.write(b, 0, at); // truncate
            case 1 -> { // delete
                out.write(b, 0, at);
                out.write(b, at + len, b.length - at - len);
            }
            case 2 -> { // duplicate
                out.write(b, 0, at + len);
                out.write(b, at, b.length - at);
            }
            case 3 -> { // random bytes over
                byte[] c = b.clone();
                for (int k = 0; k < len; k++) c[at + k] = (byte) rnd.nextInt(256);
                return c;
            }
            case 4 -> { // swap two bytes
                byte[] c = b.clone();
                int j = rnd.nextInt(b.length);
                byte x = c[at];
                c[at] = c[j];
                c[j] = x;
                return c;
            }
            default -> { // insert random bytes
                out.write(b, 0, at);
                for (int k = 0; k < len; k++) out.write(rnd.nextInt(256));
                out.write(b, at, b.length - at);
            }
        }
        return out.toByteArray();
    }

    /** Where the JSON tokens of {@code s} start and end (a scan, as loose as the text may be after mutations). */
    static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int st = i;
            if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') i += s.charAt(i) == '\\' ? 2 : 1;
                i = Math.min(s.length(), i + 1);
            } else if (c == '-' || Character.isDigit(c)) {
                i++;
                while (i < s.length() && "0123456789.eE+-".indexOf(s.charAt(i)) >= 0) i++;
            } else if (Character.isLetter(c)) {
                while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
            } else {
                i++;
                if (Character.isWhitespace(c)) continue;
            }
            out.add(new int[] {st, i});
        }
        return out;
    }

    static byte[] mutateTokens(RandomGenerator rnd, byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> tokens = tokens(s);
        if (tokens.isEmpty()) return mutateBytes(rnd, bytes);
        int[] t = tokens.get(rnd.nextInt(tokens.size()));
        String before = s.substring(0, t[0]);
        String tok = s.substring(t[0], t[1]);
        String after = s.substring(t[1]);
        if (rnd.nextInt(4) == 0) {
            // a field a replay runs with, set to an edge of its range
            String field = FIELDS[rnd.nextInt(FIELDS.length)];
            return s.replaceFirst("\"" + field + "\": -?[0-9]+", "\"" + field + "\": " + NUMBERS[rnd.nextInt(NUMBERS.length)])
                    .getBytes(StandardCharsets.UTF_8);
        }
        String out = switch (rnd.nextInt(7)) {
            case 0, 1 -> before + VALUES[rnd.nextInt(VALUES.length)] + after; // another value, another type
            case 2 -> before + after; // token dropped
            case 3 -> before + tok + tok + after; // token doubled
            case 4 -> { // two tokens swapped
                int[] u = tokens.get(rnd.nextInt(tokens.size()));
                if (u[0] <= t[0]) yield before + after;
                yield s.substring(0, t[0]) + s.substring(u[0], u[1]) + s.substring(t[1], u[0]) + tok + s.substring(u[1]);
            }
            case 5 -> { // deep nesting
                int depth = 1 + rnd.nextInt(20_000);
                yield before + "[".repeat(depth) + tok + "]".repeat(rnd.nextBoolean() ? depth : depth / 2) + after;
            }
            default -> { // a number made extreme or negative
                if (tok.matches("-?[0-9]+")) yield before + (rnd.nextBoolean() ? "-" + tok.replace("-", "") : tok + "0".repeat(1 + rnd.nextInt(30))) + after;
                yield before + rnd.nextLong() + after;
            }
        };
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
