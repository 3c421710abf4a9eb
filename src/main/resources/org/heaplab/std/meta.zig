//! Type helpers, after Zig 0.14's `std.meta` (the parts the lab's programs use).

/// Whether two values are equal member by member (pointers by address, not by what they point to).
pub fn eql(a: anytype, b: @TypeOf(a)) bool {
    return eqlNative(a, b);
}

extern fn eqlNative(a: anytype, b: anytype) bool;
