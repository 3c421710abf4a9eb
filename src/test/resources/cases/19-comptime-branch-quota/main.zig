pub fn main() void {
    const spins = comptime blk: {
        var j: u32 = 0;
        while (true) j += 1;
        break :blk j;
    };
    _ = spins;
}
