package org.heaplab.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioProgressTest {
    @Test
    void progressAndWorkSurviveARestartAndResetForgetsThem(@TempDir Path home) throws Exception {
        var p = ScenarioProgress.load(home);
        assertEquals(-1, p.reached("03-x"));
        p.reach("03-x", 4);
        p.reach("03-x", 2); // never goes back
        p.passTask("03-x", 9);
        p.finish("03-x");
        p.keepWork("03-x", "const x = 1;\n");
        var again = ScenarioProgress.load(home);
        assertEquals(4, again.reached("03-x"));
        assertEquals(Set.of(9), again.tasksPassed("03-x"));
        assertTrue(again.done("03-x"));
        assertEquals("const x = 1;\n", again.savedWork("03-x"));
        again.reset("03-x");
        var fresh = ScenarioProgress.load(home);
        assertEquals(-1, fresh.reached("03-x"));
        assertFalse(fresh.done("03-x"));
        assertNull(fresh.savedWork("03-x"));
    }

    @Test
    void aDamagedFileStartsAfresh(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("scenarios.properties"), "03-x.reached=\\u12");
        var p = ScenarioProgress.load(home);
        assertEquals(-1, p.reached("03-x"));
        p.reach("03-x", 1);
        assertEquals(1, ScenarioProgress.load(home).reached("03-x"));
    }
}
