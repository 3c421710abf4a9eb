package org.heaplab.picture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes a picture to a file, SVG or PNG by the file's extension, whole or not at all: it is
 * written beside the target and moved into place, so a reader never sees half a picture and a
 * failed export leaves the old file as it was.
 */
public final class Export {
    private Export() {}

    public static boolean isPng(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".png");
    }

    public static boolean isSvg(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** Writes {@code scene} to {@code file}: a PNG at {@code scale} when the name ends in .png, else an SVG. */
    public static void write(Scene scene, Palette palette, Path file, double scale) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".heaplab-picture-", ".tmp");
        try {
            if (isPng(file)) PngSurface.write(scene, palette, scale, tmp);
            else Files.writeString(tmp, SvgSurface.write(scene, palette), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
