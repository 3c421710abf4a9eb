package org.heaplab.trace;

import java.util.List;
import java.util.Map;

/**
 * The run as the editor shows it on the source, at one pause: how many times each line has run
 * so far, the iteration each loop around the paused line is in, and the values of the locals
 * the paused function's lines assigned (shown faded at the end of those lines).
 *
 * @param hits   per file name, line to how many times it has run up to this step
 * @param loops  the loops around the paused line whose iteration is known, innermost first
 * @param inline per line of the paused function's file, "name = value" of the locals it assigned
 * @param file   the file {@code loops} and {@code inline} are about (the paused frame's), or null
 */
public record SourceRun(Map<String, Map<Integer, Long>> hits, List<LoopIteration> loops, Map<Integer, String> inline, String file) {
    public static final SourceRun NONE = new SourceRun(Map.of(), List.of(), Map.of(), null);

    /**
     * The iteration a loop is in: {@code iteration} counts from 1, {@code of} is how many there
     * will be (-1 when not known, as for a {@code while}); {@code line} is the loop's first line.
     */
    public record LoopIteration(int line, long iteration, long of) {
        /** "iteration 3 of 10", or "iteration 3". */
        public String text() {
            return "iteration " + iteration + (of >= 0 ? " of " + of : "");
        }
    }

    /** How many times {@code line} of {@code file} has run (0: never, or not known). */
    public long hitsAt(String file, int line) {
        Map<Integer, Long> m = hits.get(file);
        Long n = m == null ? null : m.get(line);
        return n == null ? 0 : n;
    }

    /** The innermost loop's iteration, or null. */
    public LoopIteration innermostLoop() { return loops.isEmpty() ? null : loops.get(0); }
}
