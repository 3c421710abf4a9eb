//! Hash functions, after Zig 0.14's `std.hash`. Heap Lab computes Wyhash in Java; the results
//! are Zig's, so hash maps place (and iterate) their entries as in Zig.

pub const Wyhash = struct {
    pub fn hash(seed: u64, input: []const u8) u64 {
        return wyhash(seed, input);
    }
};

extern fn wyhash(seed: u64, input: []const u8) u64;

/// Hashes a key by its value as `std.hash.autoHash` does with a Wyhash seeded with 0: integers,
/// enums, bools and pointers by their bytes, structs and arrays member by member.
pub extern fn autoHashWyhash(key: anytype) u64;
