const std = @import("std");

const Member = struct {
    name: []u8,
    skills: [][]u8,

    fn deinit(self: Member, allocator: std.mem.Allocator) void {
        for (self.skills) |s| allocator.free(s);
        allocator.free(self.skills);
        allocator.free(self.name);
    }
};

fn makeMember(allocator: std.mem.Allocator, name: []const u8, skills: []const []const u8) !Member {
    const n = try allocator.dupe(u8, name);
    errdefer allocator.free(n);
    const list = try allocator.alloc([]u8, skills.len);
    errdefer allocator.free(list);
    var done: usize = 0;
    errdefer for (list[0..done]) |s| allocator.free(s);
    for (skills) |s| {
        if (s.len == 0) return error.EmptySkill;
        list[done] = try allocator.dupe(u8, s);
        done += 1;
    }
    return .{ .name = n, .skills = list };
}

fn makeTeam(allocator: std.mem.Allocator, specs: []const struct { []const u8, []const []const u8 }) ![]Member {
    var team = std.ArrayList(Member).init(allocator);
    errdefer {
        std.debug.print("  cleaning up {d} members\n", .{team.items.len});
        for (team.items) |m| m.deinit(allocator);
        team.deinit();
    }
    for (specs) |spec| {
        const m = try makeMember(allocator, spec[0], spec[1]);
        try team.append(m);
    }
    return team.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leak check: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    const good = try makeTeam(allocator, &.{
        .{ "ana", &.{ "zig", "c" } },
        .{ "ben", &.{"rust"} },
    });
    for (good) |m| std.debug.print("{s}: {d} skills, first {s}\n", .{ m.name, m.skills.len, m.skills[0] });
    for (good) |m| m.deinit(allocator);
    allocator.free(good);

    std.debug.print("building a bad team\n", .{});
    const bad = makeTeam(allocator, &.{
        .{ "cy", &.{"go"} },
        .{ "dee", &.{ "ml", "", "ops" } },
    });
    if (bad) |_| unreachable else |err| std.debug.print("failed: {s}\n", .{@errorName(err)});

    var failing = std.testing.FailingAllocator.init(allocator, .{ .fail_index = 3 });
    const r = makeTeam(failing.allocator(), &.{ .{ "eve", &.{ "a", "b" } }, .{ "fay", &.{"c"} } });
    std.debug.print("with failing allocator: {any}\n", .{r});
}
