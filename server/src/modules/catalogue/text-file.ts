import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ByteArena } from './search-text';

/** Reads of neighbouring texts are joined while the joined read stays this small … */
const READ_CHUNK = 1 << 20;
/** … and skips at most this many bytes of texts nobody asked for. */
const READ_GAP = 64 << 10;

/** Closes the file of a store nobody holds any more. */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * Append-only texts in an unnamed temporary file. Search reads these only to confirm a word it
 * has not seen since the catalogue changed (the hits are then kept), so they need not be resident:
 * the kernel's page cache holds them while memory is plentiful and can drop them when it is not,
 * where bytes on the JavaScript side would stay in the process for good. At 200,000 supporters
 * the descriptions are about 110 MB. Where no temporary file can be made (a read-only file system),
 * the texts are kept in memory instead: search works the same, with more resident memory.
 */
export class TextFile {
  private readonly fd: number | null;
  /** The texts, when there is no file. */
  private readonly memory: ByteArena | null;
  /** Bytes written, including texts since replaced. */
  size = 0;
  /** Bytes of replaced texts, reclaimed by rewriting. */
  dead = 0;
  /** Where reads land, grown to the largest read (at most READ_CHUNK, or one longer text). */
  private buffer = Buffer.alloc(0);

  constructor(directory: string = os.tmpdir()) {
    this.fd = openUnlinkedFile(directory);
    this.memory = this.fd === null ? new ByteArena() : null;
    if (this.fd !== null) closeWhenCollected.register(this, this.fd, this);
  }

  /** Whether the texts are in a file (else in memory). */
  get inFile(): boolean {
    return this.fd !== null;
  }

  /** Closes the file now (it is replaced by a rewritten one). */
  close(): void {
    if (this.fd === null) return;
    closeWhenCollected.unregister(this);
    closeSync(this.fd);
  }

  /** Appends `bytes[start, end)`; returns where they begin. */
  append(bytes: Uint8Array, start: number, end: number): number {
    const at = this.size;
    if (this.memory) {
      this.memory.room(end - start).set(bytes.subarray(start, end), at);
      this.memory.used += end - start;
    } else {
      let written = 0;
      while (written < end - start) written += writeSync(this.fd!, bytes, start + written, end - start - written, at + written);
    }
    this.size += end - start;
    return at;
  }

  /**
   * Calls `visit(bytes, start, end)` with the text of each slot, in the order given, which should
   * be ascending by `offsetOf` so that neighbouring texts are read together. The bytes are valid
   * only during the call.
   */
  read(slots: ArrayLike<number>, offsetOf: (slot: number) => number, lengthOf: (slot: number) => number, visit: (slot: number, bytes: Buffer, start: number, end: number) => void): void {
    let i = 0;
    while (i < slots.length) {
      // One read from the first text to the last one it can take along.
      const from = offsetOf(slots[i]);
      let to = from + lengthOf(slots[i]);
      let j = i + 1;
      while (j < slots.length) {
        const at = offsetOf(slots[j]);
        const end = at + lengthOf(slots[j]);
        if (at < from || at - to > READ_GAP || end - from > READ_CHUNK) break;
        to = Math.max(to, end);
        j += 1;
      }
      this.readExactly(this.room(to - from), to - from, from);
      for (let k = i; k < j; k++) {
        const at = offsetOf(slots[k]) - from;
        visit(slots[k], this.buffer, at, at + lengthOf(slots[k]));
      }
      i = j;
    }
  }

  /** One text (the bytes are valid until the next read). */
  readOne(offset: number, length: number): Buffer {
    this.readExactly(this.room(length), length, offset);
    return this.buffer;
  }

  /** The read buffer, with room for `bytes` (doubling, so reads of growing lengths do not reallocate each time). */
  private room(bytes: number): Buffer {
    if (this.buffer.length < bytes) this.buffer = Buffer.allocUnsafeSlow(Math.max(bytes, this.buffer.length * 2, 4096));
    return this.buffer;
  }

  private readExactly(into: Buffer, length: number, position: number): void {
    if (this.memory) {
      this.memory.bytes.copy(into, 0, position, position + length);
      return;
    }
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd!, into, read, length - read, position + read);
      if (n === 0) throw new Error('catalogue text file: read past its end');
      read += n;
    }
  }
}

/** A new file in the temporary directory, already unlinked (the descriptor keeps it; nothing is left behind), or null if none can be made. */
function openUnlinkedFile(directory: string): number | null {
  let dir: string | undefined;
  try {
    dir = mkdtempSync(path.join(directory, 'tsunagu-catalogue-'));
    return openSync(path.join(dir, 'texts'), 'w+', 0o600);
  } catch {
    return null;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
