//! After Zig 0.14's lib/std/atomic.zig: `Value`, a thin wrapper around a value to be read and
//! written atomically. Heap Lab's machine runs one thread, so every operation is the plain
//! read-modify-write it stands for and every memory order behaves as `seq_cst`; the API,
//! the wrapping arithmetic and the results are Zig's.

const std = @import("std.zig");
const AtomicOrder = std.builtin.AtomicOrder;
const AtomicRmwOp = std.builtin.AtomicRmwOp;

/// This is a thin wrapper around a primitive value to prevent accidental data races.
pub fn Value(comptime T: type) type {
    return extern struct {
        /// Care must be taken to avoid data races when interacting with this field directly.
        raw: T,

        const Self = @This();

        pub fn init(value: T) Self {
            return .{ .raw = value };
        }

        pub inline fn load(self: *const Self, comptime order: AtomicOrder) T {
            _ = order;
            return self.raw;
        }

        pub inline fn store(self: *Self, value: T, comptime order: AtomicOrder) void {
            _ = order;
            self.raw = value;
        }

        pub inline fn swap(self: *Self, operand: T, comptime order: AtomicOrder) T {
            return self.rmw(.Xchg, operand, order);
        }

        pub inline fn cmpxchgWeak(self: *Self, expected_value: T, new_value: T, comptime success_order: AtomicOrder, comptime fail_order: AtomicOrder) ?T {
            return self.cmpxchgStrong(expected_value, new_value, success_order, fail_order);
        }

        pub inline fn cmpxchgStrong(self: *Self, expected_value: T, new_value: T, comptime success_order: AtomicOrder, comptime fail_order: AtomicOrder) ?T {
            _ = success_order;
            _ = fail_order;
            const old = self.raw;
            if (old != expected_value) return old;
            self.raw = new_value;
            return null;
        }

        pub inline fn fetchAdd(self: *Self, operand: T, comptime order: AtomicOrder) T {
            return self.rmw(.Add, operand, order);
        }

        pub inline fn fetchSub(self: *Self, operand: T, comptime order: AtomicOrder) T {
            return self.rmw(.Sub, operand, order);
        }

        pub inline fn fetchMin(self: *Self, operand: T, comptime order: AtomicOrder) T {
            return self.rmw(.Min, operand, order);
        }

        pub inline fn fetchMax(self: *Self, operand: T, comptime order: AtomicOrder) T {
            return self.rmw(.Max, operand, order);
        }

        pub inline fn fetchAnd(self: *Self, operand: T, comptime order: AtomicOrder) T {
            return self.rmw(.And, operand, order);
        }

        pub inline fn fetchNand(self: *Self, operand: T, comptime order: AtomicOrder) T {
            return self.rmw(.Nand, operand, order);
        }

        pub inline fn fetchOr(self: *Self, operand: T, comptime order: AtomicOrder) T {
            return self.rmw(.Or, operand, order);
        }

        pub inline fn fetchXor(self: *Self, operand: T, comptime order: AtomicOrder) T {
            return self.rmw(.Xor, operand, order);
        }

        /// The value before the operation; integers wrap around, as `@atomicRmw`'s do.
        pub inline fn rmw(self: *Self, comptime op: AtomicRmwOp, operand: T, comptime order: AtomicOrder) T {
            _ = order;
            const old = self.raw;
            self.raw = switch (op) {
                .Xchg => operand,
                .Add => if (@typeInfo(T) == .int) old +% operand else old + operand,
                .Sub => if (@typeInfo(T) == .int) old -% operand else old - operand,
                .And => old & operand,
                .Nand => ~(old & operand),
                .Or => old | operand,
                .Xor => old ^ operand,
                .Max => @max(old, operand),
                .Min => @min(old, operand),
            };
            return old;
        }

        const Bit = std.math.Log2Int(T);

        /// Marked `inline` so that if `bit` is comptime-known, the instruction
        /// can be lowered to a more efficient machine code instruction if
        /// possible.
        pub inline fn bitSet(self: *Self, bit: Bit, comptime order: AtomicOrder) u1 {
            const mask = @as(T, 1) << bit;
            const value = self.fetchOr(mask, order);
            return @intFromBool(value & mask != 0);
        }

        /// Marked `inline` so that if `bit` is comptime-known, the instruction
        /// can be lowered to a more efficient machine code instruction if
        /// possible.
        pub inline fn bitReset(self: *Self, bit: Bit, comptime order: AtomicOrder) u1 {
            const mask = @as(T, 1) << bit;
            const value = self.fetchAnd(~mask, order);
            return @intFromBool(value & mask != 0);
        }

        /// Marked `inline` so that if `bit` is comptime-known, the instruction
        /// can be lowered to a more efficient machine code instruction if
        /// possible.
        pub inline fn bitToggle(self: *Self, bit: Bit, comptime order: AtomicOrder) u1 {
            const mask = @as(T, 1) << bit;
            const value = self.fetchXor(mask, order);
            return @intFromBool(value & mask != 0);
        }
    };
}

/// Signals to the processor that the caller is inside a busy-wait spin-loop (nothing to do on Heap Lab's machine).
pub inline fn spinLoopHint() void {}

/// The cache line size of x86-64, which Heap Lab's machine is.
pub const cache_line = 64;
