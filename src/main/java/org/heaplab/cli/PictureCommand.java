package org.heaplab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.heaplab.picture.DiagramLayout;
import org.heaplab.picture.Export;
import org.heaplab.picture.Palette;
import org.heaplab.picture.Scene;
import org.heaplab.session.Pictures;
import org.heaplab.session.Session;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code heaplab picture FILE.zig --line N [--hit K] -o out.svg|out.png}: runs the program to the
 * K-th time it gets to line N and writes the memory diagram the window shows there.
 */
@Command(name = "picture", mixinStandardHelpOptions = true,
        description = "Run a program to a line and write the memory diagram there (stack, heap, allocators, pointers) as SVG or PNG.")
final class PictureCommand extends HeapLabCommand.ProgramCommand {
    @Option(names = "--line", required = true, paramLabel = "N", description = "The line to stop at (before it runs).")
    int line;

    @Option(names = "--hit", paramLabel = "K", description = "Stop the K-th time the run gets to the line (default: ${DEFAULT-VALUE}).")
    int hit = 1;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Where to write it: a .svg or .png file.")
    Path output;

    @Option(names = "--test", description = "Run the program's tests, as `zig test` does, instead of main.")
    boolean test;

    @Option(names = "--dark", description = "Use the dark theme's colours.")
    boolean dark;

    @Option(names = "--scale", paramLabel = "X", description = "Pixels per diagram pixel in a PNG (default: ${DEFAULT-VALUE}).")
    double scale = 2;

    @CommandLine.Mixin
    HeapLabCommand.Limits limits = new HeapLabCommand.Limits();

    @Override
    public Integer call() {
        if (!Export.isPng(output) && !Export.isSvg(output)) return refuse("-o must name a .svg or .png file: " + output);
        if (line < 1) return refuse("--line must be 1 or more");
        if (hit < 1) return refuse("--hit must be 1 or more");
        if (!(scale > 0 && scale <= 8)) return refuse("--scale must be more than 0 and at most 8");
        String problem = limits.problem();
        if (problem != null) return refuse(problem);
        return withFile(src -> {
            Pictures.At at;
            try {
                at = Pictures.runTo(src.name(), src.text(), test ? Session.Mode.TEST : Session.Mode.RUN, limits.settings(), line, hit,
                        limits.maxSeconds * 1000 + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return refuse("interrupted");
            }
            if (!at.compilation().ok()) {
                HeapLabCommand.err.print(at.compilation().renderAll());
                HeapLabCommand.err.flush();
                return 1;
            }
            if (at.snapshot() == null) return refuse("the run did not get to line " + line + " within the time limit");
            if (!at.reached()) {
                String times = at.hits() == 0 ? "never got to line " + line : "got to line " + line + " only " + at.hits() + (at.hits() == 1 ? " time" : " times");
                return refuse("the run " + times + " before it ended; no picture written");
            }
            Scene scene = new DiagramLayout().layout(at.snapshot());
            Palette palette = dark ? Palette.DARK : Palette.LIGHT;
            try {
                Export.write(scene, palette, output, scale);
            } catch (IOException e) {
                return refuse("cannot write " + output + ": " + HeapLabCommand.why(e));
            } catch (RuntimeException e) {
                return refuse("cannot write " + output + ": " + e.getMessage());
            }
            HeapLabCommand.out.println("wrote " + output + " (step " + at.snapshot().step() + ", line " + line + ", hit " + hit + ")");
            return 0;
        });
    }

    /** Says why no picture is written, as the other commands do; the usage status. */
    private static int refuse(String message) {
        HeapLabCommand.err.println("heaplab: " + message);
        return 2;
    }
}
