pub fn main() void {
    const a = [_]u8{ 1, 2, 3 };
    var i: usize = 1;
    _ = &i;
    _ = a[i .. 1 << 63];
}
