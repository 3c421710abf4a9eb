package org.heaplab.ui.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.heaplab.source.LabFiles;

/**
 * What a learner has done in each scenario, kept in {@code scenarios.properties} in the lab's
 * folder: the furthest step reached, the tasks passed, whether it is finished; and the
 * learner's edited program, in {@code scenarios/ID.zig} there. The scenarios' own files are
 * never written.
 */
public final class ScenarioProgress {
    private final Path folder;
    private final Properties props = new Properties();

    private ScenarioProgress(Path folder) {
        this.folder = folder;
    }

    /** Reads the progress kept in {@code folder} (none yet is no progress; an unreadable file is started afresh). */
    public static ScenarioProgress load(Path folder) {
        var p = new ScenarioProgress(folder);
        Path f = p.file();
        if (Files.isRegularFile(f)) {
            try (Reader r = new StringReader(LabFiles.readText(f, LabFiles.SETTINGS_LIMIT))) {
                p.props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                p.props.clear();
            }
        }
        return p;
    }

    private Path file() { return folder.resolve("scenarios.properties"); }

    private Path work(String id) { return folder.resolve("scenarios").resolve(id + ".zig"); }

    /** The furthest step reached (-1: not started). */
    public int reached(String id) {
        try {
            return Integer.parseInt(props.getProperty(id + ".reached", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean done(String id) { return Boolean.parseBoolean(props.getProperty(id + ".done", "false")); }

    /** The indexes (in the scenario's steps) of the tasks passed. */
    public Set<Integer> tasksPassed(String id) {
        String v = props.getProperty(id + ".tasks", "");
        if (v.isBlank()) return new TreeSet<>();
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> s.matches("[0-9]+")).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void reach(String id, int step) throws IOException {
        if (step <= reached(id)) return;
        props.setProperty(id + ".reached", Integer.toString(step));
        save();
    }

    public void passTask(String id, int step) throws IOException {
        Set<Integer> t = tasksPassed(id);
        if (!t.add(step)) return;
        props.setProperty(id + ".tasks", t.stream().map(String::valueOf).collect(Collectors.joining(",")));
        save();
    }

    public void finish(String id) throws IOException {
        props.setProperty(id + ".done", "true");
        save();
    }

    /** Forgets a scenario: its progress and the learner's edited program. */
    public void reset(String id) throws IOException {
        props.remove(id + ".reached");
        props.remove(id + ".tasks");
        props.remove(id + ".done");
        save();
        Files.deleteIfExists(work(id));
    }

    /** The learner's edited program, or null when there is none. */
    public String savedWork(String id) {
        try {
            Path p = work(id);
            return Files.isRegularFile(p) ? LabFiles.readText(p, LabFiles.PROGRAM_LIMIT) : null;
        } catch (IOException e) {
            return null;
        }
    }

    public void keepWork(String id, String text) throws IOException {
        Path p = work(id);
        Files.createDirectories(p.getParent());
        Path tmp = p.resolveSibling(id + ".zig.tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void save() throws IOException {
        Files.createDirectories(folder);
        Path tmp = folder.resolve("scenarios.properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            props.store(w, "Heap Lab: progress in the guided scenarios");
        }
        Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
