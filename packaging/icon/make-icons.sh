#!/usr/bin/env bash
# Renders Heap Lab's icon from its one source (heaplab.mvg) into what each platform needs:
#   heaplab.png (512, Linux and the window), heaplab-<size>.png, heaplab.ico (Windows: 16 to 256),
#   heaplab.icns (macOS: 16 to 1024, PNG entries), ../linux/heaplab.png (the menu entry's icon).
# Needs ImageMagick (`convert`) and python3. The outputs are committed; run again after editing the source.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

convert -background none -size 1024x1024 mvg:heaplab.mvg "$tmp/heaplab-1024.png"
for s in 16 32 48 64 128 256 512; do
    convert "$tmp/heaplab-1024.png" -resize "${s}x${s}" -depth 8 -strip "$tmp/heaplab-$s.png"
done
cp "$tmp/heaplab-512.png" heaplab.png
cp "$tmp/heaplab-512.png" ../linux/heaplab.png   # the desktop entry's icon (jpackage's resource dir)
for s in 16 32 48 64 128 256; do cp "$tmp/heaplab-$s.png" "heaplab-$s.png"; done
convert "$tmp/heaplab-16.png" "$tmp/heaplab-32.png" "$tmp/heaplab-48.png" "$tmp/heaplab-64.png" \
        "$tmp/heaplab-128.png" "$tmp/heaplab-256.png" heaplab.ico

# ICNS: a header ('icns', total length) and entries (type, length, PNG data), big-endian lengths
python3 - "$tmp" <<'PY'
import struct, sys
tmp = sys.argv[1]
entries = [(b'icp4', 16), (b'icp5', 32), (b'icp6', 64), (b'ic07', 128), (b'ic08', 256), (b'ic09', 512), (b'ic10', 1024)]
body = b''
for kind, size in entries:
    data = open(f'{tmp}/heaplab-{size}.png', 'rb').read()
    body += kind + struct.pack('>I', len(data) + 8) + data
open('heaplab.icns', 'wb').write(b'icns' + struct.pack('>I', len(body) + 8) + body)
PY
echo "icons written to $here"
