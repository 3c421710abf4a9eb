package org.heaplab.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The window paints only the part of the picture in its view; exports paint all of it. */
class ScenePainterTest {
    /** The keys of the shapes begun on it. */
    private static final class Keys implements Surface {
        final List<String> keys = new ArrayList<>();

        @Override public void begin(String classes, String key, String tooltip) { keys.add(key); }
        @Override public void end() { }
        @Override public void rect(double x, double y, double w, double h, double radius, String fill, String stroke, double strokeWidth, boolean dashed) { }
        @Override public void text(double x, double y, String text, String color, boolean bold, double size, double maxWidth) { }
        @Override public void arrow(double[] p, String color, double width, boolean dashed) { }
    }

    private static Scene.Box block(String key, double x, double y) {
        return new Scene.Box(key, Set.of("block"), x, y, 100, 40, key, "", "", 0);
    }

    private final Scene scene = new Scene(2000, 2000, List.of(block("near", 10, 10), block("far", 1500, 1500), block("edge", 395, 10)),
            List.of(new Scene.Arrow("near", Set.of("pointer"), new double[] {50, 30, 80, 30, 120, 30, 150, 30}, null, "", 0),
                    new Scene.Arrow("far", Set.of("pointer"), new double[] {1500, 1500, 1600, 1500, 1700, 1600, 1800, 1700}, null, "", 0)));

    @Test
    void theViewPaintsWhatMeetsIt() {
        var s = new Keys();
        new ScenePainter(Palette.LIGHT).paint(scene, s, null, new double[] {0, 0, 400, 300});
        assertThat(s.keys).containsExactly("background", "near", "edge", "near/arrow");
    }

    @Test
    void anExportPaintsEverything() {
        var s = new Keys();
        new ScenePainter(Palette.LIGHT).paint(scene, s, null);
        assertThat(s.keys).containsExactly("background", "near", "far", "edge", "near/arrow", "far/arrow");
    }
}
