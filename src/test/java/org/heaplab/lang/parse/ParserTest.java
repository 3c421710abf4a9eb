package org.heaplab.lang.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.heaplab.diag.Diagnostic;
import org.heaplab.diag.ZigDiagnosticRenderer;
import org.heaplab.lang.ast.Ast;
import org.heaplab.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ParserTest {

    static List<Diagnostic> parse(String text) {
        List<Diagnostic> diags = new ArrayList<>();
        Parser.parseFile(new SourceFile("main.zig", text), diags);
        return diags;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusProgramParses() throws IOException {
        Path root = Path.of("src/test/resources/conformance");
        try (var files = Files.walk(root)) {
            List<Path> zigs = files.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
            return zigs.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> {
                List<Diagnostic> diags = parse(Files.readString(p));
                assertThat(ZigDiagnosticRenderer.render(diags)).isEmpty();
            }));
        }
    }

    @Test
    void reportsEverySyntaxErrorNotOnlyTheFirst() {
        List<Diagnostic> diags = parse("""
                pub fn main() void {
                    const a = 1
                    const b = ;
                    var c = 3;
                }
                fn other( {
                }
                """);
        assertThat(diags).hasSizeGreaterThanOrEqualTo(3);
        // Zig's position for a missing ';': just after the last token of the statement
        assertThat(diags.get(0).span().location()).isEqualTo("main.zig:2:16");
        assertThat(diags.get(0).message()).isEqualTo("expected ';' after statement");
        assertThat(diags.get(1).message()).isEqualTo("expected expression, found ';'");
        assertThat(diags.get(1).span().location()).isEqualTo("main.zig:3:15");
    }

    @Test
    void halfTypedProgramsNeverThrow() {
        String program = """
                const std = @import("std");
                pub fn main() !void {
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    defer _ = gpa.deinit();
                    const list = try allocator.alloc(u8, 10);
                    for (list, 0..) |*x, i| { x.* = @intCast(i); }
                    switch (list[0]) { 0...9 => {}, else => unreachable }
                }
                """;
        for (int cut = 0; cut <= program.length(); cut++) {
            parse(program.substring(0, cut));
        }
    }

    @Test
    void assignmentsMayBeIfBodiesAndSwitchProngs() {
        List<Diagnostic> diags = new ArrayList<>();
        Ast.Container c = Parser.parseFile(new SourceFile("main.zig", """
                fn f(c: u8) void {
                    var depth: usize = 0;
                    if (depth > 2) depth = 2;
                    switch (c) {
                        '[' => depth += 1,
                        else => {},
                    }
                }
                """), diags);
        assertThat(diags).isEmpty();
        var fn = (Ast.FnDecl) c.members().get(0);
        assertThat(fn.body().stmts()).hasSize(3);
        var ifStmt = (Ast.ExprStmt) fn.body().stmts().get(1);
        assertThat(((Ast.If) ifStmt.expr()).then()).isInstanceOf(Ast.Assign.class);
    }
}
