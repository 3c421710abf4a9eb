package org.heaplab.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.heaplab.source.LabFiles;

/**
 * The scenarios of a folder ({@code scenarios/} of the checkout, or the copy inside the jar):
 * one sub-folder {@code NN-slug} each, holding {@code scenario.txt} and its programs. A folder
 * whose scenario file is malformed is reported and left out; the others load.
 */
public record ScenarioLibrary(List<Scenario> scenarios, List<ScenarioException> problems) {
    /** The largest file a scenario may hold (its programs are small). */
    static final int MAX_FILE = 256 << 10;

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

    /**
     * The scenarios of {@code dir}, in the order of their folders' names. A folder holding a
     * {@code scenario.txt} (whatever it is) is a scenario; one whose files are not regular files
     * of its own (a symbolic link, a device, a FIFO, a folder, a file too large) is reported as
     * a problem like a malformed one, and nothing of it is opened but regular files.
     */
    public static ScenarioLibrary load(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && Files.exists(p.resolve(ScenarioParser.FILE), LinkOption.NOFOLLOW_LINKS)
                    || Files.isSymbolicLink(p) && Files.exists(p.resolve(ScenarioParser.FILE)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        var scenarios = new ArrayList<Scenario>();
        var problems = new ArrayList<ScenarioException>();
        for (Path f : folders) {
            String id = f.getFileName().toString().replace("/", "");
            String where = dir.getFileName() == null ? id + "/" + ScenarioParser.FILE
                    : dir.getFileName().toString().replace("/", "") + "/" + id + "/" + ScenarioParser.FILE;
            if (Files.isSymbolicLink(f)) {
                problems.add(new ScenarioException(where, 0, "the folder is a symbolic link: a scenario is a folder of its own"));
                continue;
            }
            try {
                String text = read(f.resolve(ScenarioParser.FILE));
                scenarios.add(ScenarioParser.parse(id, where, text, name -> {
                    Path p = f.resolve(name);
                    // the parser takes plain names only; a path out of the folder is not read either way
                    if (!f.normalize().equals(p.normalize().getParent())) throw new IOException("it is not a file of the scenario's folder");
                    return Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? read(p) : null;
                }));
            } catch (ScenarioException e) {
                problems.add(e);
            } catch (IOException e) {
                problems.add(new ScenarioException(where, 0, "cannot read it: " + e.getMessage()));
            }
        }
        return new ScenarioLibrary(scenarios, problems);
    }

    /** A file of a scenario: a regular file (no link followed), at most {@link #MAX_FILE} bytes; an error says why. */
    private static String read(Path p) throws IOException {
        try {
            return LabFiles.readText(p, MAX_FILE, LabFiles.Links.REFUSE);
        } catch (LabFiles.Refused e) {
            throw new IOException("it " + e.reason(), e);
        } catch (CharacterCodingException e) {
            throw new IOException("it is not UTF-8 text", e);
        }
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
