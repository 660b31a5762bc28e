"""Time and peak memory of opening hostile and worst-case accepted files (not a test).

Run: ``.venv/bin/python benchmarks/open_limits.py [--repeat 3]``. The files are built by
a separate process, then each is opened by ``storage.read`` in a fresh process started
from this small one (a child inherits the peak memory of a large parent on Linux), and
the median time and the highest peak are printed. Never fails on a number.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BUILD = r'''
import io, json, os, struct, sys, zlib, zipfile
sys.path.insert(0, "tests/data/hostile")
import make_corpus as mc
from PIL import Image

out = sys.argv[1]
parts = mc.base_parts()

def png(width, height, colour_type, fill=0x71):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(
            ">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    channels = {0: 1, 2: 3, 6: 4}[colour_type]
    row = b"\x04" + bytes([fill]) * (width * channels)  # Paeth: the slowest filter
    packer, pieces = zlib.compressobj(6), []
    for start in range(0, height, 256):
        pieces.append(packer.compress(row * min(256, height - start)))
    pieces.append(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(pieces))
            + chunk(b"IEND", b""))

def save(name, data):
    with open(os.path.join(out, name + ".klantreis"), "wb") as handle:
        handle.write(data)

strip = mc.png_of_rows(1, 59_000_000)
ten = {f"strip{i}.png": strip for i in range(10)}
save("ten-strips-unused", mc.with_photos(parts, ten, []))
save("ten-strips-used", mc.with_photos(parts, ten, sorted(ten)))
save("photo-16mp-rgba", mc.with_photos(parts, {"a.png": png(4000, 4000, 6)}, ["a.png"]))
save("photos-over-budget", mc.with_photos(parts, {"a.png": png(4000, 4000, 6),
                                                  "b.png": png(4000, 4000, 2)},
                                          ["a.png", "b.png"]))
small = []
for index in range(12):
    noisy = Image.frombytes("RGBA", (1024, 1024), os.urandom(1024 * 1024 * 4))
    buffer = io.BytesIO()
    noisy.save(buffer, "PNG", compress_level=0)
    small.append(buffer.getvalue())
photos = {"big.png": png(4000, 4000, 6), **{f"s{i}.png": d for i, d in enumerate(small)}}
sink = mc.with_photos(parts, photos, sorted(photos))
with zipfile.ZipFile(io.BytesIO(sink)) as archive:
    members = {info.filename: archive.read(info) for info in archive.infolist()}
graph = json.loads(members["document.json"])
graph["nodes"][0]["future"] = "@@"
from klantreis_desktop.storage.safejson import MAX_ITEMS
members["document.json"] = json.dumps(graph).encode().replace(  # just under the value cap
    b'"@@"', b"[" + b'"ab",' * (MAX_ITEMS - 5_000) + b'"ab"]')
save("everything-at-its-limit", mc.zip_of(members, zipfile.ZIP_STORED))
'''

OPEN = r'''
import json, resource, sys, time
from klantreis_desktop.storage import KlantreisFileError, read
started = time.perf_counter()
try:
    read(sys.argv[1])
    outcome = "opened"
except KlantreisFileError as error:
    outcome = error.code
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "outcome": outcome,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-c", BUILD, folder], cwd=ROOT, check=True)
        print(f"{'file':28} {'size':>10} {'outcome':>10} {'median s':>9} {'peak MB':>8}")
        for path in sorted(Path(folder).glob("*.klantreis")):
            runs = [json.loads(subprocess.run([sys.executable, "-c", OPEN, str(path)],
                                              cwd=ROOT, capture_output=True, text=True,
                                              check=True).stdout)
                    for _ in range(args.repeat)]
            print(f"{path.stem:28} {path.stat().st_size:>10} {runs[0]['outcome']:>10} "
                  f"{statistics.median(r['seconds'] for r in runs):>9.2f} "
                  f"{max(r['peak_mb'] for r in runs):>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
