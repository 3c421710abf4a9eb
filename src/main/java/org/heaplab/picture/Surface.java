package org.heaplab.picture;

/**
 * What {@link ScenePainter} draws on: the window's canvas, an SVG document or a PNG image. Colours
 * are {@code #rrggbb} or {@code #rrggbbaa}, {@code null} for none. {@link #begin} and {@link #end}
 * bracket the primitives of one shape, with its style classes, which an SVG keeps.
 */
public interface Surface {
    void begin(String classes, String key, String tooltip);

    void end();

    void rect(double x, double y, double w, double h, double radius, String fill, String stroke, double strokeWidth, boolean dashed);

    /** Text with its baseline at y; {@code maxWidth} clips it. */
    void text(double x, double y, String text, String color, boolean bold, double size, double maxWidth);

    /** A cubic Bézier through p[0..7], with an arrow head at its end. */
    void arrow(double[] p, String color, double width, boolean dashed);
}
