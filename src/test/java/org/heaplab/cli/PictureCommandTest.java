package org.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heaplab picture}: the SVG's classes for teachers' stylesheets, the PNG, and what it says when it cannot draw. */
class PictureCommandTest {
    static final String DIR = "src/test/resources/diagram/";

    @TempDir
    Path tmp;

    @Test
    void writesAnSvgWhoseShapesCarryClasses() throws Exception {
        Path out = tmp.resolve("list.svg");
        var r = ScenarioCommandTest.run("picture", DIR + "linked-list.zig", "--line", "20", "-o", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote " + out + " (step ");
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(svg).contains("<g class=\"current frame\"").contains("<g class=\"block\"").contains("<g class=\"pointer\"");
        assertThat(svg.split("<g class=\"block\"", -1)).hasSize(4);
        assertThat(svg).doesNotContain("dangling");
    }

    @Test
    void marksDanglingArrowsAtTheKthHit() throws Exception {
        Path out = tmp.resolve("ghost.svg");
        var r = ScenarioCommandTest.run("picture", DIR + "dangling-ghost.zig", "--line", "14", "--hit", "1", "-o", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(svg).contains("<g class=\"dangling pointer\"").contains("<g class=\"block ghost\"");
    }

    @Test
    void writesAPng() throws Exception {
        Path out = tmp.resolve("orphan.png");
        var r = ScenarioCommandTest.run("picture", DIR + "orphan.zig", "--line", "11", "-o", out.toString(), "--dark", "--scale", "1");
        assertThat(r.status()).as(r.err()).isZero();
        byte[] png = Files.readAllBytes(out);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        var img = javax.imageio.ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isGreaterThan(600);
        // the dark theme's background
        assertThat(img.getRGB(2, 2) & 0xffffff).isEqualTo(0x0d1117);
    }

    @Test
    void saysWhenTheLineIsNotReachedOftenEnough() {
        var r = ScenarioCommandTest.run("picture", DIR + "linked-list.zig", "--line", "17", "--hit", "9", "-o", tmp.resolve("x.svg").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("heaplab: the run got to line 17 only 3 times before it ended; no picture written\n");
        assertThat(Files.exists(tmp.resolve("x.svg"))).isFalse();
        var never = ScenarioCommandTest.run("picture", DIR + "linked-list.zig", "--line", "2", "-o", tmp.resolve("y.svg").toString());
        assertThat(never.err()).isEqualTo("heaplab: the run never got to line 2 before it ended; no picture written\n");
    }

    @Test
    void refusesAnOutputThatIsNeitherSvgNorPng() {
        var r = ScenarioCommandTest.run("picture", DIR + "linked-list.zig", "--line", "20", "-o", tmp.resolve("x.gif").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("heaplab: -o must name a .svg or .png file");
    }

    @Test
    void reportsACompileErrorAsZigDoes() throws Exception {
        Path bad = tmp.resolve("bad.zig");
        Files.writeString(bad, "pub fn main() void {\n    const x = 1;\n}\n");
        var r = ScenarioCommandTest.run("picture", bad.toString(), "--line", "2", "-o", tmp.resolve("x.svg").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("bad.zig:2:11: error: unused local constant");
    }
}
