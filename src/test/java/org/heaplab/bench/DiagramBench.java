package org.heaplab.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.heaplab.picture.DiagramLayout;
import org.heaplab.picture.Palette;
import org.heaplab.picture.Scene;
import org.heaplab.picture.ScenePainter;
import org.heaplab.picture.SvgSurface;
import org.heaplab.session.Pictures;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.trace.Snapshot;

/**
 * Memory-picture figures, printed (not asserted): a program holding a thousand live blocks (a
 * linked list) is run to a line, then its snapshot is laid out and painted again and again as a
 * step in the window would: the layout, a paint on a 1280x800 image with Java2D (standing in for
 * the window's canvas, which paints the same primitives), and an SVG. Prints the median and the
 * 95th percentile of each, in milliseconds.
 *
 * <pre>bench/diagram.sh [program.zig line] [rounds]</pre>
 */
public final class DiagramBench {
    public static void main(String[] args) throws Exception {
        Path program = Path.of(args.length > 1 ? args[0] : "src/test/resources/diagram/many.zig");
        int line = args.length > 1 ? Integer.parseInt(args[1]) : 17;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : args.length == 1 ? Integer.parseInt(args[0]) : 200;
        String text = Files.readString(program);
        Pictures.At at = Pictures.runTo(program.getFileName().toString(), text, Session.Mode.RUN, RunSettings.defaults(), line, 1, 600_000);
        if (!at.reached()) throw new IllegalStateException("the run did not get to line " + line);
        Snapshot s = at.snapshot();
        long live = s.liveProgramBlocks().size();
        long[] layout = new long[rounds];
        long[] paint = new long[rounds];
        long[] svg = new long[rounds];
        var image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Scene scene = null;
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < rounds; i++) {
                var dl = new DiagramLayout();
                long t0 = System.nanoTime();
                scene = dl.layout(s);
                long t1 = System.nanoTime();
                var g = image.createGraphics();
                new ScenePainter(Palette.LIGHT).paint(scene, Java2D.on(g), null);
                g.dispose();
                long t2 = System.nanoTime();
                SvgSurface.write(scene, Palette.LIGHT);
                long t3 = System.nanoTime();
                layout[i] = t1 - t0;
                paint[i] = t2 - t1;
                svg[i] = t3 - t2;
            }
        }
        System.out.printf("diagram of %s at line %d: %d live blocks, %d boxes, %d arrows; %d rounds%n", program.getFileName(), line, live,
                scene.boxes().size(), scene.arrows().size(), rounds);
        print("layout", layout);
        print("paint (1280x800, Java2D)", paint);
        print("SVG", svg);
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-26s median %6.2f ms, p95 %6.2f ms%n", what, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    /** The PNG writer's Java2D surface, reached through its package's factory. */
    private static final class Java2D {
        static org.heaplab.picture.Surface on(java.awt.Graphics2D g) {
            return org.heaplab.picture.PngSurface.on(g);
        }
    }
}
