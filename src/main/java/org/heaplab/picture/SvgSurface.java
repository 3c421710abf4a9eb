package org.heaplab.picture;

import java.util.Locale;

/**
 * Writes a scene as an SVG document. Each shape is a {@code <g>} with its style classes
 * ({@code frame}, {@code block}, {@code pointer}, {@code dangling} ...) and a {@code <title>}
 * (its tooltip), so a teacher can restyle the picture with a stylesheet: colours are presentation
 * attributes, which any CSS rule overrides.
 */
public final class SvgSurface implements Surface {
    private final StringBuilder sb = new StringBuilder();
    private final double width;
    private final double height;

    public SvgSurface(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The scene as an SVG document. */
    public static String write(Scene scene, Palette palette) {
        var svg = new SvgSurface(Math.ceil(scene.width()), Math.ceil(scene.height()));
        new ScenePainter(palette).paint(scene, svg, null);
        return svg.document();
    }

    public String document() {
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                + "font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\">%n"
                + "<defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/></marker></defs>%n", width, height, width, height) + sb + "</svg>\n";
    }

    @Override
    public void begin(String classes, String key, String tooltip) {
        sb.append("<g class=\"").append(escape(classes)).append("\" data-key=\"").append(escape(key)).append("\">");
        if (tooltip != null && !tooltip.isEmpty()) sb.append("<title>").append(escape(tooltip)).append("</title>");
    }

    @Override
    public void end() {
        sb.append("</g>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, double radius, String fill, String stroke, double strokeWidth, boolean dashed) {
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\"", x, y, w, h, radius));
        paint(fill, stroke, strokeWidth, dashed);
        sb.append("/>");
    }

    @Override
    public void text(double x, double y, String text, String color, boolean bold, double size, double maxWidth) {
        if (text == null || text.isEmpty()) return;
        String shown = ScenePainter.fit(text, maxWidth, size);
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" fill=\"%s\"%s>", x, y, size, color,
                bold ? " font-weight=\"bold\"" : "")).append(escape(shown)).append("</text>");
    }

    @Override
    public void arrow(double[] p, String color, double width, boolean dashed) {
        sb.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" marker-end=\"url(#head)\"",
                p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]));
        paint(null, color, width, dashed);
        sb.append("/>");
    }

    private void paint(String fill, String stroke, double strokeWidth, boolean dashed) {
        sb.append(" fill=\"").append(fill == null ? "none" : colour(fill)).append('"');
        if (fill != null && fill.length() == 9) sb.append(String.format(Locale.ROOT, " fill-opacity=\"%.2f\"", Integer.parseInt(fill.substring(7), 16) / 255.0));
        if (stroke != null) {
            sb.append(" stroke=\"").append(colour(stroke)).append('"');
            sb.append(String.format(Locale.ROOT, " stroke-width=\"%.1f\"", strokeWidth));
            if (dashed) sb.append(" stroke-dasharray=\"5 3\"");
        }
    }

    private static String colour(String c) {
        return c.length() == 9 ? c.substring(0, 7) : c;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
