package org.heaplab.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.heaplab.session.Pictures;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.trace.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The memory diagram of real runs: a linked list's arrows from node to node, a slice's span, a
 * dangling pointer into a ghost or into unmapped memory, an orphan's leak badge, the allocator
 * chain's nesting, stable places from step to step and what changed marked, and a heap of a
 * thousand blocks kept to a picture.
 */
class DiagramLayoutTest {
    static Snapshot at(String program, int line, int hit) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/diagram", program));
        Pictures.At at = Pictures.runTo(program, text, Session.Mode.RUN, RunSettings.defaults(), line, hit, 60_000);
        assertThat(at.reached()).as("the run got to line %d (hit %d) of %s", line, hit, program).isTrue();
        return at.snapshot();
    }

    static List<Scene.Box> boxes(Scene s, String cls) {
        return s.boxes().stream().filter(b -> b.has(cls)).toList();
    }

    @Test
    void aLinkedListIsBlocksInsideTheirAllocatorWithAnArrowFromEachNext() throws Exception {
        Scene s = new DiagramLayout().layout(at("linked-list.zig", 20, 1));
        List<Scene.Box> blocks = boxes(s, "block");
        assertThat(blocks).hasSize(3).allSatisfy(b -> assertThat(b.title()).isEqualTo("Node"));
        // head points at the newest node, each next at the one before; the oldest's next is null
        Scene.Arrow head = s.arrows().stream().filter(a -> a.from().endsWith("/head")).findFirst().orElseThrow();
        assertThat(head.has("pointer")).isTrue();
        assertThat(head.has("dangling")).isFalse();
        List<Scene.Arrow> nexts = s.arrows().stream().filter(a -> a.from().endsWith(".next")).toList();
        assertThat(nexts).hasSize(2);
        for (Scene.Arrow a : nexts) {
            Scene.Box to = blocks.stream().filter(b -> b.address() == a.target()).findFirst().orElseThrow();
            assertThat(a.points()[6]).as("the arrow ends at the block's edge").isIn(to.x(), to.x() + to.w());
        }
        assertThat(s.boxes().stream().filter(b -> b.key().endsWith(".next") && b.text().equals("null"))).hasSize(1);
        // the blocks sit in the debug allocator's bucket, inside page_allocator's box
        Scene.Box page = boxes(s, "allocator").stream().filter(b -> b.title().equals("page_allocator")).findFirst().orElseThrow();
        Scene.Box debug = boxes(s, "allocator").stream().filter(b -> b.title().equals("DebugAllocator")).findFirst().orElseThrow();
        Scene.Box bucket = boxes(s, "bucket").getFirst();
        assertThat(inside(debug, page)).isTrue();
        assertThat(inside(bucket, debug)).isTrue();
        assertThat(blocks).allSatisfy(b -> assertThat(inside(b, bucket)).isTrue());
        // the allocator in main links to its box
        assertThat(s.arrows().stream().filter(a -> a.has("uses") && a.from().endsWith("/allocator"))).hasSize(1);
    }

    @Test
    void aPointerIntoAFreedBlockIsADanglingArrowToItsGhost() throws Exception {
        Scene s = new DiagramLayout().layout(at("dangling-ghost.zig", 14, 1));
        Scene.Box ghost = boxes(s, "ghost").getFirst();
        assertThat(ghost.title()).isEqualTo("freed");
        Scene.Arrow score = s.arrows().stream().filter(a -> a.from().endsWith("/score")).findFirst().orElseThrow();
        assertThat(score.has("dangling")).isTrue();
        assertThat(score.target()).isEqualTo(ghost.address());
        Scene.Arrow keep = s.arrows().stream().filter(a -> a.from().endsWith("/keep")).findFirst().orElseThrow();
        assertThat(keep.has("dangling")).isFalse();
    }

    @Test
    void aPointerIntoUnmappedMemoryDanglesToo() throws Exception {
        Scene s = new DiagramLayout().layout(at("dangling.zig", 12, 1));
        assertThat(boxes(s, "ghost")).isEmpty();
        assertThat(s.box("unmapped")).isNotNull();
        assertThat(s.arrows().stream().filter(a -> a.has("dangling"))).extracting(Scene.Arrow::from)
                .anySatisfy(k -> assertThat(k).endsWith("/score")).anySatisfy(k -> assertThat(k).endsWith("/alias"));
    }

    @Test
    void aBlockNothingPointsToAnyMoreIsGreyWithALeakBadge() throws Exception {
        Scene s = new DiagramLayout().layout(at("orphan.zig", 11, 1));
        List<Scene.Box> orphans = boxes(s, "orphan");
        assertThat(orphans).hasSize(1);
        Scene.Box badge = boxes(s, "badge").getFirst();
        assertThat(badge.has("leak")).isTrue();
        assertThat(badge.key()).isEqualTo(orphans.getFirst().key() + "/badge");
        assertThat(boxes(s, "block").stream().filter(b -> !b.has("orphan"))).hasSize(1);
    }

    @Test
    void aSliceMarksTheElementsItCovers() throws Exception {
        Scene s = new DiagramLayout().layout(at("slices.zig", 12, 1));
        Scene.Arrow items = s.arrows().stream().filter(a -> a.from().endsWith("list.items")).findFirst().orElseThrow();
        Scene.Arrow middle = s.arrows().stream().filter(a -> a.from().endsWith("/middle")).findFirst().orElseThrow();
        assertThat(items.span()).isNotNull();
        assertThat(middle.span()).isNotNull();
        // middle is items[1..4]: three of the five cells the list's slice covers
        assertThat(middle.span()[1]).isGreaterThan(items.span()[1]);
        assertThat(middle.span()[3]).isLessThan(items.span()[3]);
        assertThat(s.boxes().stream().filter(b -> b.key().startsWith("block@") && b.title().startsWith("["))).hasSize(8);
    }

    @Test
    void blocksKeepTheirPlacesAndChangesAreMarked() throws Exception {
        var layout = new DiagramLayout();
        Scene first = layout.layout(at("linked-list.zig", 17, 2));
        Scene second = layout.layout(at("linked-list.zig", 17, 3));
        Scene.Box before = boxes(first, "block").getFirst();
        Scene.Box after = second.box(before.key());
        assertThat(after.x()).isEqualTo(before.x());
        assertThat(after.y()).isEqualTo(before.y());
        // a new node since the last picture, and head points elsewhere
        assertThat(boxes(second, "new")).hasSize(1);
        assertThat(second.arrows().stream().filter(a -> a.from().endsWith("/head") && a.has("changed"))).hasSize(1);
        assertThat(second.boxes().stream().filter(b -> b.key().endsWith("/i") && b.has("changed"))).hasSize(1);
    }

    @Test
    void aBlockFreedSinceTheLastPictureIsMarked() throws Exception {
        var layout = new DiagramLayout();
        layout.layout(at("dangling-ghost.zig", 13, 1));
        Scene s = layout.layout(at("dangling-ghost.zig", 14, 1));
        assertThat(boxes(s, "ghost")).singleElement().satisfies(g -> assertThat(g.has("freed-now")).isTrue());
        assertThat(boxes(new DiagramLayout().layout(at("dangling-ghost.zig", 14, 1)), "freed-now")).isEmpty();
    }

    @Test
    void layingTheSameSnapshotOutAgainMarksTheSameChanges() throws Exception {
        var layout = new DiagramLayout();
        layout.layout(at("linked-list.zig", 17, 2));
        Snapshot next = at("linked-list.zig", 17, 3);
        Scene once = layout.layout(next);
        layout.setColumns(1);
        Scene twice = layout.layout(next);
        assertThat(boxes(twice, "new")).hasSameSizeAs(boxes(once, "new")).hasSize(1);
        assertThat(boxes(twice, "changed")).hasSameSizeAs(boxes(once, "changed"));
    }

    @Test
    void aMemoryPoolsFreedItemIsAGhostAndPageAllocatorBlocksSitInItsBox() throws Exception {
        Scene s = new DiagramLayout().layout(at("pool.zig", 16, 1));
        assertThat(boxes(s, "pooled")).singleElement().satisfies(b -> assertThat(b.title()).isEqualTo("free in pool"));
        assertThat(s.arrows().stream().filter(a -> a.from().endsWith("/a"))).singleElement().satisfies(a -> assertThat(a.has("dangling")).isTrue());
        assertThat(s.arrows().stream().filter(a -> a.from().endsWith("/b"))).singleElement().satisfies(a -> assertThat(a.has("dangling")).isFalse());
        Scene.Box page = boxes(s, "allocator").stream().filter(b -> b.title().equals("page_allocator")).findFirst().orElseThrow();
        Scene.Box mapping = boxes(s, "block").stream().filter(b -> b.title().equals("[]u8")).findFirst().orElseThrow();
        assertThat(inside(mapping, page)).isTrue();
        assertThat(boxes(s, "allocator").stream().filter(b -> b.title().equals("MemoryPool"))).singleElement()
                .satisfies(b -> assertThat(b.text()).isEqualTo("1 free item"));
    }

    @Test
    void aPointerToAStructOnTheStackPointsAtTheWholeStructAndFramesStackMainFirst() throws Exception {
        Scene s = new DiagramLayout().layout(at("frames.zig", 14, 3));
        List<Scene.Box> frames = boxes(s, "frame");
        assertThat(frames).extracting(Scene.Box::title).containsExactly("main", "fill", "push");
        assertThat(frames.getLast().has("current")).isTrue();
        Scene.Box whole = s.boxes().stream().filter(b -> b.has("aggregate") && b.key().endsWith(":main/s")).findFirst().orElseThrow();
        for (String from : List.of(":fill/s", ":push/self")) {
            Scene.Arrow a = s.arrows().stream().filter(x -> x.from().endsWith(from)).findFirst().orElseThrow();
            assertThat(a.points()[7]).as("%s's arrow ends at the header row of main's s", from).isBetween(whole.y(), whole.y() + whole.h());
        }
    }

    @Test
    void aHashMapsBlockShowsItsEntries() throws Exception {
        Scene s = new DiagramLayout().layout(at("words.zig", 18, 1));
        Scene.Box map = boxes(s, "block").stream().filter(b -> b.title().equals("hash map entries")).findFirst().orElseThrow();
        List<Scene.Box> keys = s.boxes().stream().filter(b -> b.key().startsWith("block@") && b.key().endsWith(".key")).toList();
        assertThat(keys).hasSize(5).allSatisfy(k -> assertThat(inside(k, map)).isTrue());
        assertThat(keys).extracting(Scene.Box::text).contains("len 3 \"the\"", "len 4 \"bird\"");
        Scene.Box the = keys.stream().filter(k -> k.text().contains("\"the\"")).findFirst().orElseThrow();
        Scene.Box count = s.box(the.key().replace(".key", ".value"));
        assertThat(count.text()).isEqualTo("3");
        // the map's metadata pointer points into the block
        assertThat(s.arrows().stream().filter(a -> a.from().endsWith(".metadata"))).singleElement()
                .satisfies(a -> assertThat(a.target()).isBetween(map.address(), map.address() + 192));
    }

    @Test
    void aThousandBlocksStayAPicture() throws Exception {
        Scene s = new DiagramLayout().layout(at("many.zig", 17, 1));
        assertThat(boxes(s, "block")).hasSize(HeapGroups.MAX_SHOWN);
        Scene.Box more = boxes(s, "more").getFirst();
        assertThat(more.title()).isEqualTo("+960 more");
        assertThat(s.height()).isLessThan(6_000);
    }

    @Test
    void typeNamesLoseTheirModulePath() {
        assertThat(Cells.shortType("main.Node")).isEqualTo("Node");
        assertThat(Cells.shortType("?*13-alloclower-i.Node")).isEqualTo("?*Node");
        assertThat(Cells.shortType("array_list.ArrayListAligned(main.Point,null)")).isEqualTo("ArrayListAligned(Point,null)");
        assertThat(Cells.shortType("[4]u8")).isEqualTo("[4]u8");
    }

    static boolean inside(Scene.Box inner, Scene.Box outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.w() <= outer.x() + outer.w()
                && inner.y() + inner.h() <= outer.y() + outer.h();
    }
}
