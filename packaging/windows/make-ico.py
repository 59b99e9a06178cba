#!/usr/bin/env python3
# Run by scripts/render-icon (make-ico.py ICON_DIR OUTPUT.ico).
# Builds packaging/windows/samverka.ico from resources/icons/samverka-N.png: every size as
# an 8-bit RGBA PNG entry (Windows Vista and later read PNG icons).
import struct, sys, zlib
def chunks(data):
    pos = 8
    while pos < len(data):
        n, = struct.unpack('>I', data[pos:pos+4]); kind = data[pos+4:pos+8]
        yield kind, data[pos+8:pos+8+n]; pos += 12 + n
def to8bit(png):
    ihdr = None; idat = b''
    for kind, body in chunks(png):
        if kind == b'IHDR': ihdr = body
        elif kind == b'IDAT': idat += body
    w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', ihdr)
    assert ctype == 6 and interlace == 0, (ctype, interlace)
    if depth == 8: return png
    assert depth == 16
    bpp = 8; stride = w * bpp; raw = zlib.decompress(idat); out = bytearray(); prev = bytearray(stride)
    for y in range(h):
        f = raw[y*(stride+1)]; line = bytearray(raw[y*(stride+1)+1:(y+1)*(stride+1)])
        for i in range(stride):
            a = line[i-bpp] if i >= bpp else 0; b = prev[i]; c = prev[i-bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p-a), abs(p-b), abs(p-c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        out.append(0); out += line[0::2]  # the high byte of each 16-bit sample
    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(out), 9)) + chunk(b'IEND', b''))
sizes = [16, 24, 32, 48, 64, 128, 256]
icons = sys.argv[1]; datas = [to8bit(open(f'{icons}/samverka-{n}.png', 'rb').read()) for n in sizes]
offset = 6 + 16 * len(sizes); entries = b''
for n, d in zip(sizes, datas):
    entries += struct.pack('<BBBBHHII', n % 256, n % 256, 0, 0, 1, 32, len(d), offset); offset += len(d)
open(sys.argv[2], 'wb').write(struct.pack('<HHH', 0, 1, len(sizes)) + entries + b''.join(datas))
