import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newSealingKeyPair } from '@elasticweb/protocol';
import { z } from 'zod';
import { writeFileAtomic } from './files.js';

/** What enrollment leaves in the state folder; the token is a secret (mode 0600). */
const enrollmentSchema = z.object({
  apiUrl: z.string().url(),
  hostId: z.string().min(1),
  hostToken: z.string().min(20),
  /** The panel's public keys by key id; a command signed by any other key is refused. */
  panelKeys: z.array(z.object({ keyid: z.string(), publicKey: z.string() })).min(1),
  /** The CA certificate (PEM) pinned at enrollment; null trusts the system's roots. */
  ca: z.string().nullable(),
  enrolledAt: z.string(),
});
export type Enrollment = z.infer<typeof enrollmentSchema>;

export class AgentState {
  constructor(readonly dir: string) {}

  private get enrollmentFile() {
    return join(this.dir, 'enrollment.json');
  }

  private get seqFile() {
    return join(this.dir, 'last-seq');
  }

  get journalDir() {
    return join(this.dir, 'journal');
  }

  get appliedDir() {
    return join(this.dir, 'sites');
  }

  isEnrolled(): boolean {
    return existsSync(this.enrollmentFile);
  }

  readEnrollment(): Enrollment {
    if (!this.isEnrolled()) throw new Error(`${this.dir} holds no enrollment: run \`elasticweb-agent enroll\` first`);
    return enrollmentSchema.parse(JSON.parse(readFileSync(this.enrollmentFile, 'utf8')));
  }

  writeEnrollment(enrollment: Enrollment): void {
    writeFileAtomic(this.enrollmentFile, `${JSON.stringify(enrollment, null, 2)}\n`, 0o600);
  }

  /**
   * The host's X25519 private key (PEM, mode 0600), made on first use: the API seals the
   * secrets in commands to its public half, which the host reports with its info.
   */
  sealingKey(): string {
    const file = join(this.dir, 'sealing.key');
    if (!existsSync(file)) writeFileAtomic(file, newSealingKeyPair().privateKeyPem, 0o600);
    return readFileSync(file, 'utf8');
  }

  /** The pinned keys, ready for verification. */
  keys(): Map<string, KeyObject> {
    return new Map(this.readEnrollment().panelKeys.map((key) => [key.keyid, createPublicKey(key.publicKey)]));
  }

  /** The highest sequence number accepted; written (fsync) before the command runs. */
  lastSeq(): number {
    return existsSync(this.seqFile) ? Number(readFileSync(this.seqFile, 'utf8').trim()) || 0 : 0;
  }

  acceptSeq(seq: number): void {
    writeFileAtomic(this.seqFile, `${seq}\n`, 0o600);
  }
}
