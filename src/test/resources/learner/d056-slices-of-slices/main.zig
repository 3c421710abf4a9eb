const std = @import("std");

fn pascal(allocator: std.mem.Allocator, rows: usize) ![][]u64 {
    const tri = try allocator.alloc([]u64, rows);
    var built: usize = 0;
    errdefer {
        for (tri[0..built]) |r| allocator.free(r);
        allocator.free(tri);
    }
    for (tri, 0..) |*row, i| {
        row.* = try allocator.alloc(u64, i + 1);
        built += 1;
        row.*[0] = 1;
        row.*[i] = 1;
        var j: usize = 1;
        while (j < i) : (j += 1) row.*[j] = tri[i - 1][j - 1] + tri[i - 1][j];
    }
    return tri;
}

fn freeRows(allocator: std.mem.Allocator, rows: []const []const u64) void {
    for (rows) |r| allocator.free(r);
    allocator.free(rows);
}

fn longestWord(sentences: []const []const []const u8) []const u8 {
    var best: []const u8 = "";
    for (sentences) |words| {
        for (words) |w| {
            if (w.len > best.len) best = w;
        }
    }
    return best;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const tri = try pascal(allocator, 7);
    defer freeRows(allocator, tri);
    for (tri) |row| {
        for (0..tri.len - row.len) |_| std.debug.print("  ", .{});
        for (row) |v| std.debug.print("{d:>4}", .{v});
        std.debug.print("\n", .{});
    }
    std.debug.print("row 6 slice 2..5: {any}\n", .{tri[6][2..5]});

    const s1 = [_][]const u8{ "the", "quick", "fox" };
    const s2 = [_][]const u8{ "jumped", "over" };
    const s3 = [_][]const u8{ "extraordinarily", "lazy", "dogs" };
    const text = [_][]const []const u8{ &s1, &s2, &s3 };
    std.debug.print("longest: {s}\n", .{longestWord(&text)});
    std.debug.print("sentence lengths:", .{});
    for (text) |s| std.debug.print(" {d}", .{s.len});
    std.debug.print("\n", .{});

    var grid_rows: [3][]u8 = undefined;
    var storage = "abcdefghi".*;
    for (&grid_rows, 0..) |*r, i| r.* = storage[i * 3 .. i * 3 + 3];
    const grid: [][]u8 = &grid_rows;
    grid[1][1] = '*';
    for (grid) |r| std.debug.print("{s}\n", .{r});
    std.debug.print("storage now {s}\n", .{&storage});
    const jagged = grid[0..2];
    std.debug.print("jagged {d} rows, last row {s}\n", .{ jagged.len, jagged[jagged.len - 1] });
    std.debug.print("{c}\n", .{grid[2][3]});
}
