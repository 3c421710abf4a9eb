const std = @import("std");

fn open(id: u8) !u8 {
    if (id % 2 == 1) return error.Refused;
    return id;
}

fn connect(id: u8) !u8 {
    const c = try open(id);
    return c;
}

pub fn main() !void {
    var n: u8 = 1;
    _ = &n;
    {
        const dropped = connect(1);
        _ = &dropped;
    }
    if (n == 1) {
        const kept_if = connect(3);
        _ = &kept_if;
    }
    switch (n) {
        1 => {
            const kept_prong = connect(5);
            _ = &kept_prong;
        },
        else => {},
    }
    var i: u8 = 0;
    while (i < 1) : (i += 1) {
        const kept_while = connect(7);
        _ = &kept_while;
    }
    for (0..1) |_| {
        {
            const dropped_inner = connect(9);
            _ = &dropped_inner;
        }
    }
    _ = try connect(11);
}
