/**
 * Just enough of the zip and Java class-file formats to read the public instance fields of the classes in a jar,
 * in-process. The standard objects' schema ships as a jar of one class per object (see standard-objects.ts).
 * Reading it here instead of through `javap` keeps the step free of a JVM: one `javap` over the 4,500 classes
 * takes ≈3 s, so it would need a cache under .verify/ to invalidate; reading in-process takes ≈0.35 s for every
 * class, and a few milliseconds for the few dozen a run actually resolves (Jar reads classes on demand).
 */
import { inflateRawSync } from 'node:zlib';

export interface ClassField {
    name: string;
    /** JVM descriptor, e.g. `Lcom/nawforce/runforce/System/String;` or `[Lcom/.../SObjects/Contact;`. */
    descriptor: string;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ACC_STATIC = 0x0008;

interface ZipEntry {
    name: string;
    method: number;
    compressedSize: number;
    localHeaderOffset: number;
}

function centralDirectory(zip: Buffer): ZipEntry[] {
    // The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    const floor = Math.max(0, zip.length - 22 - 0xffff);
    let eocd = -1;
    for (let i = zip.length - 22; i >= floor; i--) {
        if (zip.readUInt32LE(i) === EOCD_SIGNATURE) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0) throw new Error('not a zip file (no end-of-central-directory record)');
    const count = zip.readUInt16LE(eocd + 10);
    let offset = zip.readUInt32LE(eocd + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE)
            throw new Error(`corrupt zip central directory at ${offset}`);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        entries.push({
            name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
            method: zip.readUInt16LE(offset + 10),
            compressedSize: zip.readUInt32LE(offset + 20),
            localHeaderOffset: zip.readUInt32LE(offset + 42)
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer {
    const at = entry.localHeaderOffset;
    if (zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new Error(`corrupt zip entry ${entry.name}`);
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const raw = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return raw;
    if (entry.method === 8) return inflateRawSync(raw);
    throw new Error(`unsupported zip compression method ${entry.method} for ${entry.name}`);
}

/** A Utf8 constant (modified UTF-8; the identifiers and descriptors read here are plain ASCII). */
function utf8(bytes: Buffer, at: number): string | undefined {
    if (at < 0) return undefined;
    return bytes.toString('latin1', at + 3, at + 3 + bytes.readUInt16BE(at + 1));
}

/** The non-static fields of one class file (JVM spec §4.1, §4.4, §4.5). */
export function classFields(bytes: Buffer): ClassField[] {
    if (bytes.readUInt32BE(0) !== 0xcafebabe) throw new Error('not a class file');
    const poolCount = bytes.readUInt16BE(8);
    // Offsets of the Utf8 constants; only the few that name fields are decoded.
    const utf8At = new Int32Array(poolCount).fill(-1);
    let p = 10;
    for (let i = 1; i < poolCount; i++) {
        const tag = bytes[p];
        switch (tag) {
            case 1: {
                utf8At[i] = p;
                p += 3 + bytes.readUInt16BE(p + 1);
                break;
            }
            case 7:
            case 8:
            case 16:
            case 19:
            case 20:
                p += 3;
                break;
            case 15:
                p += 4;
                break;
            case 3:
            case 4:
            case 9:
            case 10:
            case 11:
            case 12:
            case 17:
            case 18:
                p += 5;
                break;
            case 5:
            case 6:
                p += 9;
                i++; // longs and doubles take two constant-pool slots
                break;
            default:
                throw new Error(`unknown constant-pool tag ${tag}`);
        }
    }
    p += 6; // access_flags, this_class, super_class
    p += 2 + 2 * bytes.readUInt16BE(p); // interfaces
    const fieldCount = bytes.readUInt16BE(p);
    p += 2;
    const fields: ClassField[] = [];
    for (let f = 0; f < fieldCount; f++) {
        const access = bytes.readUInt16BE(p);
        const name = utf8(bytes, utf8At[bytes.readUInt16BE(p + 2)]);
        const descriptor = utf8(bytes, utf8At[bytes.readUInt16BE(p + 4)]);
        let attributes = bytes.readUInt16BE(p + 6);
        p += 8;
        while (attributes-- > 0) p += 6 + bytes.readUInt32BE(p + 2);
        if ((access & ACC_STATIC) === 0 && name !== undefined && descriptor !== undefined) {
            fields.push({ name, descriptor });
        }
    }
    return fields;
}

/**
 * A jar opened for reading classes on demand: the central directory is read once (a few milliseconds), and a
 * class is inflated and parsed only when asked for, since a run needs a few dozen of thousands.
 */
export class Jar {
    private readonly entries = new Map<string, ZipEntry>();

    constructor(private readonly zip: Buffer) {
        for (const entry of centralDirectory(zip)) this.entries.set(entry.name, entry);
    }

    /** Entry paths, e.g. `com/nawforce/runforce/SObjects/Account.class`. */
    entryNames(): string[] {
        return [...this.entries.keys()];
    }

    /** The instance fields of the class at `entryName`, or undefined when the jar has no such entry. */
    classFields(entryName: string): ClassField[] | undefined {
        const entry = this.entries.get(entryName);
        return entry ? classFields(entryData(this.zip, entry)) : undefined;
    }
}
