// Draws the toolbar icons (a speech bubble with an underline) as PNGs, so no binary art
// needs to be hand-made. Run once; the PNGs are committed under extension/icons/.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Bubble: rounded rectangle + tail; inside, two "quote" dots and a wavy-ish underline bar.
function pixel(x, y) {
  const inBox = (x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const bubble = inBox(0.06, 0.08, 0.94, 0.72, 0.16) || (x > 0.2 && x < 0.42 && y >= 0.7 && y < 0.94 && (x - 0.2) > (y - 0.7) * 0.9);
  if (!bubble) return [0, 0, 0, 0];
  const quote = ((x - 0.34) ** 2 + (y - 0.33) ** 2 < 0.011) || ((x - 0.62) ** 2 + (y - 0.33) ** 2 < 0.011);
  const line = x > 0.22 && x < 0.78 && y > 0.52 && y < 0.6;
  if (quote || line) return [255, 255, 255, 255];
  return [30, 90, 200, 255];
}
for (const size of [16, 32, 48, 128]) writeFileSync(`extension/icons/icon-${size}.png`, png(size, pixel));
