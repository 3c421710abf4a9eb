package org.heaplab.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scenarios of a folder ({@code scenarios/} of the checkout, or the copy inside the jar):
 * one sub-folder {@code NN-slug} each, holding {@code scenario.txt} and its programs. A folder
 * whose scenario file is malformed is reported and left out; the others load.
 */
public record ScenarioLibrary(List<Scenario> scenarios, List<ScenarioException> problems) {
    /** The largest file a scenario may hold (its programs are small). */
    static final long MAX_FILE = 256 << 10;

    public ScenarioLibrary {
        scenarios = List.copyOf(scenarios);
        problems = List.copyOf(problems);
    }

    /** The scenario whose id is {@code key}, or whose number is (07 or 7 for 07-double-free). */
    public Optional<Scenario> find(String key) {
        boolean number = key.matches("[0-9]{1,2}");
        for (Scenario s : scenarios) {
            if (s.id().equals(key) || number && Integer.parseInt(s.number()) == Integer.parseInt(key)) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The scenarios of {@code dir}, in the order of their folders' names. */
    public static ScenarioLibrary load(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.filter(p -> Files.isDirectory(p) && Files.exists(p.resolve(ScenarioParser.FILE)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        var scenarios = new ArrayList<Scenario>();
        var problems = new ArrayList<ScenarioException>();
        for (Path f : folders) {
            String id = f.getFileName().toString().replace("/", "");
            String where = dir.getFileName() == null ? id + "/" + ScenarioParser.FILE
                    : dir.getFileName().toString().replace("/", "") + "/" + id + "/" + ScenarioParser.FILE;
            try {
                String text = read(f.resolve(ScenarioParser.FILE));
                scenarios.add(ScenarioParser.parse(id, where, text, name -> {
                    Path p = f.resolve(name);
                    return Files.isRegularFile(p) ? read(p) : null;
                }));
            } catch (ScenarioException e) {
                problems.add(e);
            } catch (IOException e) {
                problems.add(new ScenarioException(where, 0, "cannot read it: " + e.getMessage()));
            }
        }
        return new ScenarioLibrary(scenarios, problems);
    }

    private static String read(Path p) throws IOException {
        if (Files.size(p) > MAX_FILE) throw new IOException("it has more than " + MAX_FILE + " bytes");
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** The scenarios that ship with Heap Lab (inside its jar, or on the class path while developing). */
    public static ScenarioLibrary bundled() throws IOException {
        URL readme = ScenarioLibrary.class.getResource("/scenarios/README.md");
        if (readme == null) throw new IOException("the scenarios are missing from Heap Lab's class path");
        try {
            URI uri = readme.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    return load(FileSystems.getFileSystem(uri).getPath("/scenarios"));
                } catch (FileSystemNotFoundException e) {
                    try (var fs = FileSystems.newFileSystem(uri, Map.of())) {
                        return load(fs.getPath("/scenarios"));
                    }
                }
            }
            return load(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the bundled scenarios: " + e.getMessage(), e);
        }
    }
}
