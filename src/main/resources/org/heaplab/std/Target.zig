//! std.Target: what `@import("builtin")` says about the machine a program is built for. Heap Lab
//! simulates one target, x86_64 Linux with the GNU ABI (the machine Zig's Debug builds of the lab's
//! programs were recorded on), so only the parts a program asks about that machine are here: the
//! enums of architectures, operating systems, ABIs and object formats, and their common queries.

const std = @import("std.zig");
const Target = @This();

cpu: Cpu,
os: Os,
abi: Abi,
ofmt: ObjectFormat,

pub fn ptrBitWidth(target: Target) u16 {
    return target.cpu.arch.ptrBitWidth();
}

pub fn isDarwin(target: Target) bool {
    return target.os.tag.isDarwin();
}

pub fn isGnuLibC(target: Target) bool {
    return target.os.tag != .windows and target.abi.isGnu();
}

pub const Os = struct {
    tag: Tag,

    pub const Tag = enum {
        freestanding,
        other,
        contiki,
        elfiamcu,
        fuchsia,
        hermit,
        aix,
        haiku,
        hurd,
        linux,
        plan9,
        rtems,
        serenity,
        zos,
        dragonfly,
        freebsd,
        netbsd,
        openbsd,
        driverkit,
        ios,
        macos,
        tvos,
        visionos,
        watchos,
        illumos,
        solaris,
        windows,
        uefi,
        ps3,
        ps4,
        ps5,
        emscripten,
        wasi,
        amdhsa,
        amdpal,
        cuda,
        mesa3d,
        nvcl,
        opencl,
        opengl,
        vulkan,

        pub fn isDarwin(tag: Tag) bool {
            return switch (tag) {
                .driverkit, .ios, .macos, .tvos, .visionos, .watchos => true,
                else => false,
            };
        }

        pub fn isBSD(tag: Tag) bool {
            return tag.isDarwin() or switch (tag) {
                .freebsd, .openbsd, .netbsd, .dragonfly => true,
                else => false,
            };
        }
    };
};

pub const Abi = enum {
    none,
    gnu,
    gnuabin32,
    gnuabi64,
    gnueabi,
    gnueabihf,
    gnuf32,
    gnusf,
    gnux32,
    gnuilp32,
    code16,
    eabi,
    eabihf,
    ilp32,
    android,
    androideabi,
    musl,
    muslabin32,
    muslabi64,
    musleabi,
    musleabihf,
    muslx32,
    msvc,
    itanium,
    cygnus,
    simulator,
    macabi,
    ohos,
    ohoseabi,

    pub fn isGnu(abi: Abi) bool {
        return switch (abi) {
            .gnu, .gnuabin32, .gnuabi64, .gnueabi, .gnueabihf, .gnuf32, .gnusf, .gnux32, .gnuilp32 => true,
            else => false,
        };
    }

    pub fn isMusl(abi: Abi) bool {
        return switch (abi) {
            .musl, .muslabin32, .muslabi64, .musleabi, .musleabihf, .muslx32 => true,
            else => false,
        };
    }
};

pub const ObjectFormat = enum {
    c,
    coff,
    elf,
    goff,
    hex,
    macho,
    nvptx,
    plan9,
    raw,
    spirv,
    wasm,
    xcoff,
};

pub const Cpu = struct {
    arch: Arch,

    pub const Arch = enum {
        amdgcn,
        arc,
        arm,
        armeb,
        thumb,
        thumbeb,
        aarch64,
        aarch64_be,
        avr,
        bpfel,
        bpfeb,
        csky,
        hexagon,
        kalimba,
        lanai,
        loongarch32,
        loongarch64,
        m68k,
        mips,
        mipsel,
        mips64,
        mips64el,
        msp430,
        nvptx,
        nvptx64,
        powerpc,
        powerpcle,
        powerpc64,
        powerpc64le,
        propeller1,
        propeller2,
        riscv32,
        riscv64,
        s390x,
        sparc,
        sparc64,
        spirv,
        spirv32,
        spirv64,
        spu_2,
        ve,
        wasm32,
        wasm64,
        x86,
        x86_64,
        xcore,
        xtensa,

        pub fn endian(arch: Arch) std.builtin.Endian {
            return switch (arch) {
                .armeb, .aarch64_be, .bpfeb, .m68k, .mips, .mips64, .powerpc, .powerpc64, .thumbeb, .sparc, .sparc64, .lanai, .s390x => .big,
                else => .little,
            };
        }

        pub fn isX86(arch: Arch) bool {
            return arch == .x86 or arch == .x86_64;
        }

        pub fn isArm(arch: Arch) bool {
            return arch == .arm or arch == .armeb;
        }

        pub fn isAARCH64(arch: Arch) bool {
            return arch == .aarch64 or arch == .aarch64_be;
        }

        pub fn isRISCV(arch: Arch) bool {
            return arch == .riscv32 or arch == .riscv64;
        }

        pub fn isWasm(arch: Arch) bool {
            return arch == .wasm32 or arch == .wasm64;
        }

        pub fn ptrBitWidth(arch: Arch) u16 {
            return switch (arch) {
                .avr, .msp430 => 16,
                .amdgcn, .aarch64, .aarch64_be, .bpfel, .bpfeb, .loongarch64, .mips64, .mips64el, .nvptx64, .powerpc64, .powerpc64le, .riscv64, .s390x, .sparc64, .spirv64, .ve, .wasm64, .x86_64 => 64,
                else => 32,
            };
        }
    };
};
