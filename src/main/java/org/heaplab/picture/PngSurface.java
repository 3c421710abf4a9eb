package org.heaplab.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Paints a scene into an image with Java2D (headless, no window needed), for {@code heaplab picture -o out.png}. */
public final class PngSurface implements Surface {
    private final Graphics2D g;

    private PngSurface(Graphics2D g) {
        this.g = g;
    }

    /** Writes {@code scene} to {@code file} as a PNG at {@code scale} pixels per diagram pixel. */
    public static void write(Scene scene, Palette palette, double scale, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int w = (int) Math.ceil(Math.max(1, scene.width()) * scale);
        int h = (int) Math.ceil(Math.max(1, scene.height()) * scale);
        var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            new ScenePainter(palette).paint(scene, new PngSurface(g), null);
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", file.toFile());
    }

    /** A surface painting on {@code g} (its transform and hints as they are). */
    public static Surface on(Graphics2D g) {
        return new PngSurface(g);
    }

    @Override
    public void begin(String classes, String key, String tooltip) { }

    @Override
    public void end() { }

    @Override
    public void rect(double x, double y, double w, double h, double radius, String fill, String stroke, double strokeWidth, boolean dashed) {
        var r = new RoundRectangle2D.Double(x, y, w, h, radius * 2, radius * 2);
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(r);
        }
        if (stroke != null) {
            g.setColor(color(stroke));
            g.setStroke(stroke(strokeWidth, dashed));
            g.draw(r);
        }
    }

    @Override
    public void text(double x, double y, String text, String color, boolean bold, double size, double maxWidth) {
        if (text == null || text.isEmpty()) return;
        g.setFont(new Font(Font.MONOSPACED, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
        g.setColor(color(color));
        String shown = text;
        var fm = g.getFontMetrics();
        while (shown.length() > 1 && fm.stringWidth(shown) > maxWidth) shown = shown.substring(0, shown.length() - 2) + "\u2026";
        g.drawString(shown, (float) x, (float) y);
    }

    @Override
    public void arrow(double[] p, String color, double width, boolean dashed) {
        g.setColor(color(color));
        g.setStroke(stroke(width, dashed));
        g.draw(new CubicCurve2D.Double(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]));
        double[] h = ScenePainter.arrowHead(p);
        var head = new Path2D.Double();
        head.moveTo(h[0], h[1]);
        head.lineTo(h[2], h[3]);
        head.lineTo(h[4], h[5]);
        head.closePath();
        g.setStroke(new BasicStroke(1));
        g.fill(head);
    }

    private static BasicStroke stroke(double width, boolean dashed) {
        return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {5, 3}, 0)
                : new BasicStroke((float) width);
    }

    static Color color(String hex) {
        int rgb = Integer.parseInt(hex.substring(1, 7), 16);
        int alpha = hex.length() == 9 ? Integer.parseInt(hex.substring(7), 16) : 255;
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }
}
