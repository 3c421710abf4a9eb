const std = @import("std");

fn describeEmail(email: []const u8) void {
    const at = std.mem.indexOfScalar(u8, email, '@') orelse {
        std.debug.print("{s}: not an email\n", .{email});
        return;
    };
    if (std.mem.lastIndexOfScalar(u8, email, '@') != at) {
        std.debug.print("{s}: more than one '@'\n", .{email});
        return;
    }
    const user = email[0..at];
    const domain = email[at + 1 ..];
    const dot = std.mem.lastIndexOf(u8, domain, ".");
    std.debug.print("{s}: user={s} domain={s} tld={s}\n", .{
        email, user, domain, if (dot) |d| domain[d + 1 ..] else "(none)",
    });
}

pub fn main() void {
    describeEmail("ada@example.com");
    describeEmail("bob.smith@mail.co.uk");
    describeEmail("no-at-sign");
    describeEmail("a@b@c");
    describeEmail("root@localhost");

    const url = "https://ziglang.org/documentation/master/?q=slices#top";
    std.debug.print("https? {} ftp? {} ends with #top? {}\n", .{
        std.mem.startsWith(u8, url, "https://"),
        std.mem.startsWith(u8, url, "ftp://"),
        std.mem.endsWith(u8, url, "#top"),
    });
    const host_start = std.mem.indexOf(u8, url, "://").? + 3;
    const host_end = std.mem.indexOfScalarPos(u8, url, host_start, '/') orelse url.len;
    std.debug.print("host: {s}\n", .{url[host_start..host_end]});
    const special = std.mem.indexOfAny(u8, url[host_end..], "?#").?;
    var segs = std.mem.tokenizeScalar(u8, url[host_end .. host_end + special], '/');
    std.debug.print("path segments:", .{});
    while (segs.next()) |seg| std.debug.print(" [{s}]", .{seg});
    std.debug.print("\n", .{});
    std.debug.print("first 'o' at {?d}, last 'o' at {?d}, 'zig' at {?d}, 'rust' at {?d}\n", .{
        std.mem.indexOfScalar(u8, url, 'o'),
        std.mem.lastIndexOfScalar(u8, url, 'o'),
        std.mem.indexOf(u8, url, "zig"),
        std.mem.indexOf(u8, url, "rust"),
    });
    std.debug.print("second 'ma' from 30: {?d}\n", .{std.mem.indexOfPos(u8, url, 30, "ma")});
}
