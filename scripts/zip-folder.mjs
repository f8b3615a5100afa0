// Writes a .zip of a folder's files, for sites that upload one file to their CMS or host (dist/spasm-widgets-cdn.zip:
// dist/cdn/ without its source maps, see rollup.config.mjs). Plain zip: each file deflated, under one top folder.
// Every date is the same (1980-01-01, zip's first day), so the same files make the same bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { join, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** CRC-32 as zip uses it (IEEE 802.3): zlib.crc32 is newer than the Node 20 that package.json allows. */
const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00 in MS-DOS date and time, as zip stores them. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/**
 * Zips the files under `dir` that `keep(path)` accepts (paths relative to
 * `dir`, with `/`) into `zipPath`, each under `folder/`, in path order.
 * Returns how many files it holds and their total size unpacked.
 */
export function zipFolder(dir, zipPath, { folder, keep = () => true }) {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath ?? entry.path, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/')
    )
    .filter(keep)
    .sort();
  const local = [];
  const central = [];
  let offset = 0;
  let bytes = 0;
  for (const path of paths) {
    const data = readFileSync(join(dir, path));
    const packed = deflateRawSync(data, { level: 9 });
    const name = Buffer.from(`${folder}/${path}`);
    const crc = crc32(data);
    bytes += data.length;
    // Fields shared by the local header and the central directory: version 2.0, deflate, date, sizes.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed to extract
    common.writeUInt16LE(0x0800, 2); // flags: the name is UTF-8
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt16LE(DOS_TIME, 6);
    common.writeUInt16LE(DOS_DATE, 8);
    common.writeUInt32LE(crc, 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    common.writeUInt16LE(0, 24); // no extra field
    const header = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, name]);
    local.push(header, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: version 2.0
    common.copy(entry, 6);
    // Comment length, disk number, internal and external attributes stay 0.
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(paths.length, 8);
  end.writeUInt16LE(paths.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(zipPath, Buffer.concat([...local, directory, end]));
  return { files: paths.length, bytes };
}
