pub fn main() void {
    comptime {
        @panic("boom");
    }
}
