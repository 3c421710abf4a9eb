//! Test helpers, after Zig 0.14's `std.testing`: `zig test` runs every `test` block with a
//! fresh `allocator` (a debug allocator) and reports its leaks after the test.

const std = @import("std.zig");
const print = std.debug.print;

pub const FailingAllocator = @import("testing/FailingAllocator.zig");

pub var allocator_instance: std.heap.GeneralPurposeAllocator(.{
    .stack_trace_frames = 10,
    .resize_stack_traces = true,
    .canary = 0x2731e675c3a701ba,
}) = .{};

pub const allocator: std.mem.Allocator = .{
    .ptr = &allocator_instance,
    .vtable = &@TypeOf(allocator_instance).vtable,
};

/// Called by Heap Lab's test runner before each test.
pub fn hlBeginTest() void {
    allocator_instance = .{};
}

/// Called by Heap Lab's test runner after each test: true when the test leaked.
pub fn hlEndTest() bool {
    return allocator_instance.deinit() == .leak;
}

pub fn expect(ok: bool) !void {
    if (!ok) return error.TestUnexpectedResult;
}

/// Compares with Zig's rules for each kind of type and prints "expected X, found Y" on a difference.
pub inline fn expectEqual(expected: anytype, actual: anytype) !void {
    return expectEqualNative(expected, actual);
}

extern fn expectEqualNative(expected: anytype, actual: anytype) error{TestExpectedEqual}!void;

pub fn expectError(expected_error: anyerror, actual_error_union: anytype) !void {
    if (actual_error_union) |actual_payload| {
        print("expected error.{s}, found {any}\n", .{ @errorName(expected_error), actual_payload });
        return error.TestExpectedError;
    } else |actual_error| {
        if (expected_error != actual_error) {
            print("expected error.{s}, found error.{s}\n", .{
                @errorName(expected_error),
                @errorName(actual_error),
            });
            return error.TestUnexpectedError;
        }
    }
}

pub fn expectEqualSlices(comptime T: type, expected: []const T, actual: []const T) !void {
    if (expected.ptr == actual.ptr and expected.len == actual.len) return;
    const shortest = @min(expected.len, actual.len);
    var index: usize = 0;
    while (index < shortest) : (index += 1) {
        if (actual[index] != expected[index]) break;
    }
    if (index == shortest and expected.len == actual.len) return;
    print("slices differ. first difference occurs at index {d} (0x{X})\n", .{ index, index });
    print("\n============ expected this output: =============  len: {} (0x{X})\n\n", .{ expected.len, expected.len });
    print("{any}\n", .{expected});
    print("\n============= instead found this: ==============  len: {} (0x{X})\n\n", .{ actual.len, actual.len });
    print("{any}\n", .{actual});
    print("\n================================================\n\n", .{});
    return error.TestExpectedEqual;
}

pub fn expectEqualStrings(expected: []const u8, actual: []const u8) !void {
    if (indexOfDiff(actual, expected)) |diff_index| {
        print("\n====== expected this output: =========\n", .{});
        printWithVisibleNewlines(expected);
        print("\n======== instead found this: =========\n", .{});
        printWithVisibleNewlines(actual);
        print("\n======================================\n", .{});

        var diff_line_number: usize = 1;
        for (expected[0..diff_index]) |value| {
            if (value == '\n') diff_line_number += 1;
        }
        print("First difference occurs on line {d}:\n", .{diff_line_number});

        print("expected:\n", .{});
        printIndicatorLine(expected, diff_index);

        print("found:\n", .{});
        printIndicatorLine(actual, diff_index);

        return error.TestExpectedEqual;
    }
}

fn indexOfDiff(a: []const u8, b: []const u8) ?usize {
    const shortest = @min(a.len, b.len);
    if (a.ptr == b.ptr) return if (a.len == b.len) null else shortest;
    var index: usize = 0;
    while (index < shortest) : (index += 1) if (a[index] != b[index]) return index;
    return if (a.len == b.len) null else shortest;
}

fn printIndicatorLine(source: []const u8, indicator_index: usize) void {
    var line_begin_index: usize = 0;
    var k: usize = indicator_index;
    while (k > 0) {
        k -= 1;
        if (source[k] == '\n') {
            line_begin_index = k + 1;
            break;
        }
    }
    var line_end_index: usize = source.len;
    var e: usize = indicator_index;
    while (e < source.len) : (e += 1) {
        if (source[e] == '\n') {
            line_end_index = e;
            break;
        }
    }
    printLine(source[line_begin_index..line_end_index]);
    for (line_begin_index..indicator_index) |_| print(" ", .{});
    if (indicator_index >= source.len)
        print("^ (end of string)\n", .{})
    else
        print("^ ('\\x{x:0>2}')\n", .{source[indicator_index]});
}

fn printWithVisibleNewlines(source: []const u8) void {
    var i: usize = 0;
    var j: usize = 0;
    while (j < source.len) : (j += 1) {
        if (source[j] == '\n') {
            printLine(source[i..j]);
            i = j + 1;
        }
    }
    print("{s}\u{2403}\n", .{source[i..]});
}

fn printLine(line: []const u8) void {
    if (line.len != 0) switch (line[line.len - 1]) {
        ' ', '\t' => return print("{s}\u{23CE}\n", .{line}),
        else => {},
    };
    print("{s}\n", .{line});
}

/// Runs `test_fn(allocator, extra_args...)` once with an allocator that never fails, counting
/// its allocations, then once per allocation with a `FailingAllocator` that fails exactly that
/// one: each run must return error.OutOfMemory and free everything it allocated. After Zig
/// 0.14's `std.testing.checkAllAllocationFailures`; Heap Lab passes up to four extra arguments.
pub fn checkAllAllocationFailures(backing_allocator: std.mem.Allocator, comptime test_fn: anytype, extra_args: anytype) !void {
    // Try it once with unlimited memory, make sure it works
    const needed_alloc_count = x: {
        var failing_allocator_inst = FailingAllocator.init(backing_allocator, .{});
        try callWithAllocator(test_fn, failing_allocator_inst.allocator(), extra_args);
        break :x failing_allocator_inst.alloc_index;
    };

    var fail_index: usize = 0;
    while (fail_index < needed_alloc_count) : (fail_index += 1) {
        var failing_allocator_inst = FailingAllocator.init(backing_allocator, .{ .fail_index = fail_index });
        if (callWithAllocator(test_fn, failing_allocator_inst.allocator(), extra_args)) |_| {
            if (failing_allocator_inst.has_induced_failure) {
                return error.SwallowedOutOfMemoryError;
            } else {
                return error.NondeterministicMemoryUsage;
            }
        } else |err| switch (err) {
            error.OutOfMemory => {
                if (failing_allocator_inst.allocated_bytes != failing_allocator_inst.freed_bytes) {
                    const tt = failing_allocator_inst.getStackTrace();
                    print("\nfail_index: {d}/{d}\nallocated bytes: {d}\nfreed bytes: {d}\nallocations: {d}\ndeallocations: {d}\nallocation that was made to fail: ", .{
                        fail_index,
                        needed_alloc_count,
                        failing_allocator_inst.allocated_bytes,
                        failing_allocator_inst.freed_bytes,
                        failing_allocator_inst.allocations,
                        failing_allocator_inst.deallocations,
                    });
                    std.debug.printStackTrace(tt.instruction_addresses[0..tt.index]);
                    return error.MemoryLeakDetected;
                }
            },
            else => return err,
        }
    }
}

fn callWithAllocator(comptime test_fn: anytype, a: std.mem.Allocator, extra_args: anytype) !void {
    const n = @hl_fieldCount(@TypeOf(extra_args));
    return if (n == 0) test_fn(a)
    else if (n == 1) test_fn(a, extra_args[0])
    else if (n == 2) test_fn(a, extra_args[0], extra_args[1])
    else if (n == 3) test_fn(a, extra_args[0], extra_args[1], extra_args[2])
    else test_fn(a, extra_args[0], extra_args[1], extra_args[2], extra_args[3]);
}
