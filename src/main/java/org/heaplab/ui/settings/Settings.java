package org.heaplab.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.session.RunSettings;
import org.heaplab.source.LabFiles;

/**
 * The lab's persisted settings: run limits, the machine's stack and memory, the debug
 * allocator's Config defaults, the theme, font size, run speed and recent files. Stored as a
 * properties file in the lab's folder ({@code ~/.heaplab}, or {@code -Dheaplab.home}).
 */
public final class Settings {
    public enum Theme { LIGHT, DARK }

    public static final int MAX_RECENT = 8;

    public final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    public final IntegerProperty fontSize = new SimpleIntegerProperty(14);
    /** Animated runs: statements per second; 0 runs at full speed. */
    public final IntegerProperty stepsPerSecond = new SimpleIntegerProperty(0);
    public final LongProperty stackKiB = new SimpleLongProperty(RunSettings.DEFAULT_STACK >> 10);
    public final LongProperty memoryMiB = new SimpleLongProperty(RunSettings.DEFAULT_MEMORY >> 20);
    /** 0: no limit. */
    public final LongProperty maxSteps = new SimpleLongProperty(0);
    /** 0: no limit. The window's runs can be paused and stopped, so time is not limited by default. */
    public final LongProperty maxSeconds = new SimpleLongProperty(0);
    public final LongProperty maxOutputMiB = new SimpleLongProperty(RunSettings.DEFAULT_OUTPUT >> 20);
    /** -1: Zig's default (6, or 10 under zig test). */
    public final IntegerProperty stackTraceFrames = new SimpleIntegerProperty(-1);
    public final BooleanProperty safety = new SimpleBooleanProperty(true);
    public final BooleanProperty neverUnmap = new SimpleBooleanProperty(false);
    public final BooleanProperty retainMetadata = new SimpleBooleanProperty(false);
    public final BooleanProperty enableMemoryLimit = new SimpleBooleanProperty(false);
    /** Bytes; the debug allocator's requested_memory_limit when the limit is enabled (-1: no limit). */
    public final LongProperty memoryLimit = new SimpleLongProperty(-1);
    public final BooleanProperty stopOnMemoryErrors = new SimpleBooleanProperty(true);
    private final ObservableList<String> recent = FXCollections.observableArrayList();

    private final Path folder;

    public Settings(Path folder) {
        this.folder = folder;
    }

    /** The lab's folder: {@code -Dheaplab.home}, else {@code ~/.heaplab}. */
    public static Path defaultFolder() {
        String home = System.getProperty("heaplab.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".heaplab");
    }

    public Path folder() { return folder; }

    public ObservableList<String> recentFiles() { return recent; }

    /** Puts a file at the top of the recent list. */
    public void opened(Path p) {
        String s = p.toAbsolutePath().toString();
        recent.remove(s);
        recent.addFirst(s);
        while (recent.size() > MAX_RECENT) recent.removeLast();
    }

    /** What runs use: the machine's limits and the debug allocator's defaults. */
    public RunSettings runSettings() {
        return new RunSettings(stackKiB.get() << 10, Math.min(memoryMiB.get() << 20, RunSettings.HOST_MEMORY), maxSteps.get(),
                maxSeconds.get() * 1000, maxOutputMiB.get() << 20)
                .withDebugAllocatorDefaults(stackTraceFrames.get(), safety.get(), neverUnmap.get(), retainMetadata.get(), enableMemoryLimit.get(),
                        memoryLimit.get());
    }

    public static Settings load(Path folder) {
        var s = new Settings(folder);
        Path f = folder.resolve("settings.properties");
        if (!Files.isRegularFile(f)) return s;
        var p = new Properties();
        try (Reader r = new java.io.StringReader(LabFiles.readText(f, LabFiles.SETTINGS_LIMIT))) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return s; // unreadable settings: start from the defaults
        }
        s.theme.set("DARK".equals(p.getProperty("theme")) ? Theme.DARK : Theme.LIGHT);
        s.fontSize.set(intOf(p, "fontSize", 14, 8, 40));
        s.stepsPerSecond.set(intOf(p, "stepsPerSecond", 0, 0, 1000));
        s.stackKiB.set(longOf(p, "stackKiB", s.stackKiB.get(), 16, 1 << 20));
        s.memoryMiB.set(longOf(p, "memoryMiB", s.memoryMiB.get(), 1, 1 << 20));
        s.maxSteps.set(longOf(p, "maxSteps", 0, 0, Long.MAX_VALUE));
        s.maxSeconds.set(longOf(p, "maxSeconds", 0, 0, 1_000_000));
        s.maxOutputMiB.set(longOf(p, "maxOutputMiB", s.maxOutputMiB.get(), 1, 1 << 16));
        s.stackTraceFrames.set(intOf(p, "gpa.stackTraceFrames", -1, -1, 64));
        s.safety.set(!"false".equals(p.getProperty("gpa.safety")));
        s.neverUnmap.set("true".equals(p.getProperty("gpa.neverUnmap")));
        s.retainMetadata.set("true".equals(p.getProperty("gpa.retainMetadata")));
        s.enableMemoryLimit.set("true".equals(p.getProperty("gpa.enableMemoryLimit")));
        s.memoryLimit.set(longOf(p, "gpa.memoryLimit", -1, -1, Long.MAX_VALUE));
        s.stopOnMemoryErrors.set(!"false".equals(p.getProperty("stopOnMemoryErrors")));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = p.getProperty("recent." + i);
            if (v != null && !v.isBlank()) files.add(v);
        }
        s.recent.setAll(files);
        return s;
    }

    public void save() throws IOException {
        var p = new Properties();
        p.setProperty("theme", theme.get().name());
        p.setProperty("fontSize", Integer.toString(fontSize.get()));
        p.setProperty("stepsPerSecond", Integer.toString(stepsPerSecond.get()));
        p.setProperty("stackKiB", Long.toString(stackKiB.get()));
        p.setProperty("memoryMiB", Long.toString(memoryMiB.get()));
        p.setProperty("maxSteps", Long.toString(maxSteps.get()));
        p.setProperty("maxSeconds", Long.toString(maxSeconds.get()));
        p.setProperty("maxOutputMiB", Long.toString(maxOutputMiB.get()));
        p.setProperty("gpa.stackTraceFrames", Integer.toString(stackTraceFrames.get()));
        p.setProperty("gpa.safety", Boolean.toString(safety.get()));
        p.setProperty("gpa.neverUnmap", Boolean.toString(neverUnmap.get()));
        p.setProperty("gpa.retainMetadata", Boolean.toString(retainMetadata.get()));
        p.setProperty("gpa.enableMemoryLimit", Boolean.toString(enableMemoryLimit.get()));
        p.setProperty("gpa.memoryLimit", Long.toString(memoryLimit.get()));
        p.setProperty("stopOnMemoryErrors", Boolean.toString(stopOnMemoryErrors.get()));
        for (int i = 0; i < recent.size(); i++) p.setProperty("recent." + i, recent.get(i));
        Files.createDirectories(folder);
        Path tmp = folder.resolve("settings.properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Heap Lab settings");
        }
        Files.move(tmp, folder.resolve("settings.properties"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static int intOf(Properties p, String k, int def, int min, int max) {
        return (int) longOf(p, k, def, min, max);
    }

    private static long longOf(Properties p, String k, long def, long min, long max) {
        try {
            String v = p.getProperty(k);
            if (v == null) return def;
            long x = Long.parseLong(v.trim());
            return x < min || x > max ? def : x;
        } catch (NumberFormatException e) {
            return def;
        }
    }
}
