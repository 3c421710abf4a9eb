package org.heaplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario of {@code scenarios/} verified as {@code heaplab scenario verify} does, so none can rot. */
class ScenariosVerifyTest {
    private static ScenarioLibrary library;

    @BeforeAll
    static void load() throws IOException {
        library = ScenarioLibrary.load(Path.of("scenarios"));
    }

    @Test
    void everyScenarioFileReads() {
        assertEquals(List.of(), library.problems().stream().map(Throwable::getMessage).toList());
        assertTrue(library.scenarios().size() >= 20, "at least 20 scenarios, found " + library.scenarios().size());
    }

    @Test
    void idsAreUniqueAndEveryScenarioAsksAndTasks() {
        Set<String> numbers = new TreeSet<>();
        for (Scenario s : library.scenarios()) {
            assertTrue(numbers.add(s.number()), "number " + s.number() + " is used twice");
            assertTrue(s.steps().stream().anyMatch(Step.Predict.class::isInstance), s.id());
            assertTrue(!s.tasks().isEmpty(), s.id());
        }
    }

    /** The questions that tell learners apart ask why something happens, not only what: every scenario has one. */
    @Test
    void everyScenarioAsksWhy() {
        for (Scenario s : library.scenarios()) {
            assertTrue(s.steps().stream().anyMatch(st -> st instanceof Step.Predict p && p.asksWhy()), s.id() + " asks no \"why\" question");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioVerifies() {
        return library.scenarios().stream().map(s -> DynamicTest.dynamicTest(s.id(), () ->
                assertEquals(List.of(), Verifier.verify(s), s.id())));
    }

    @Test
    void theBundledCopyIsTheSameSet() throws IOException {
        var bundled = ScenarioLibrary.bundled();
        assertEquals(library.scenarios().stream().map(Scenario::id).toList(), bundled.scenarios().stream().map(Scenario::id).toList());
    }
}
