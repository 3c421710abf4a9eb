const std = @import("std");

const Address = struct { city: []const u8, zip: ?[]const u8 = null };
const User = struct { name: []const u8, address: ?*const Address = null, manager: ?*const User = null };

fn managerCity(u: *const User) ?[]const u8 {
    const m = u.manager orelse return null;
    const addr = m.address orelse return null;
    return addr.city;
}

pub fn main() void {
    const hq = Address{ .city = "Berlin", .zip = "10115" };
    const home = Address{ .city = "Bonn" };
    const boss = User{ .name = "Greta", .address = &hq };
    const dev = User{ .name = "Ole", .address = &home, .manager = &boss };
    const intern = User{ .name = "Pia", .manager = &dev };

    for ([_]*const User{ &boss, &dev, &intern }) |u| {
        const city = if (u.address) |a| a.city else "?";
        const zip = if (u.address) |a| a.zip orelse "-" else "-";
        std.debug.print("{s}: {s} {s}, manager city {s}\n", .{ u.name, city, zip, managerCity(u) orelse "none" });
    }
    std.debug.print("intern's manager's manager: {s}\n", .{intern.manager.?.manager.?.name});
    const maybe: ?u32 = null;
    const val = maybe orelse blk: {
        std.debug.print("defaulting\n", .{});
        break :blk 7;
    };
    std.debug.print("val {d}, eq null {}\n", .{ val, maybe == null });
    std.debug.print("intern zip: {s}\n", .{intern.address.?.zip.?});
}
