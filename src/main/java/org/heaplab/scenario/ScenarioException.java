package org.heaplab.scenario;

/** A scenario that cannot be loaded: the file, the line (0: the file as a whole) and the problem. */
public final class ScenarioException extends Exception {
    private final String file;
    private final int line;
    private final String problem;

    public ScenarioException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() { return file; }

    public int line() { return line; }

    public String problem() { return problem; }
}
