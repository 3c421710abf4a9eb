const std = @import("std");
const testing = std.testing;

fn snakeToCamel(allocator: std.mem.Allocator, s: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(allocator);
    errdefer out.deinit();
    var upper_next = false;
    for (s) |c| {
        if (c == '_') {
            upper_next = true;
        } else {
            try out.append(if (upper_next) std.ascii.toUpper(c) else c);
            upper_next = false;
        }
    }
    return out.toOwnedSlice();
}

fn fieldList(comptime T: type) []const u8 {
    comptime var s: []const u8 = "";
    inline for (std.meta.fields(T), 0..) |f, i| {
        s = s ++ (if (i == 0) "" else ", ") ++ f.name;
    }
    return s;
}

const Account = struct { user_id: u64, display_name: []const u8, is_admin: bool };

test "snake to camel" {
    const r = try snakeToCamel(testing.allocator, "is_admin_user");
    defer testing.allocator.free(r);
    try testing.expectEqualStrings("isAdminUser", r);
    try testing.expectStringStartsWith(r, "isAdmin");
    try testing.expectStringEndsWith(r, "User");
}

test "field list via reflection" {
    try testing.expectEqualStrings("user_id, display_name, is_admin", fieldList(Account));
    try testing.expectStringStartsWith(@typeName(Account), "main.");
}

test "expectFmt" {
    try testing.expectFmt("Account has 3 fields", "{s} has {d} fields", .{ "Account", std.meta.fields(Account).len });
    try testing.expectFmt("[  42] 0x2a 1.50", "[{d:>4}] 0x{x} {d:.2}", .{ 42, 42, 1.5 });
    try testing.expectFmt("active=true tag=circle", "active={} tag={s}", .{ true, @tagName(Tag.circle) });
}

const Tag = enum { circle, square };
