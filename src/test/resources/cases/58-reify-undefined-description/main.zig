pub fn main() void {
    _ = @Type(.{ .pointer = undefined });
}
