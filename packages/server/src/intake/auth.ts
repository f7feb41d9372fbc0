import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Actor } from './back-office.js';

/** One officer's entry in the token file. Tokens are stored as SHA-256 hashes, never in clear. */
export interface OfficerEntry {
  name: string;
  roles: string[];
  /** `sha256:<hex>` of the token. */
  token: string;
}

/**
 * API tokens per officer, from a JSON file: `{ "officers": [{ "name", "roles", "token" }] }`.
 * `hashToken` makes the stored form: `node -e` one-liner in the server's README.
 */
export class TokenAuth {
  private readonly entries: { actor: Actor; digest: Buffer }[];

  constructor(officers: readonly OfficerEntry[]) {
    this.entries = officers.map((o) => {
      const match = /^sha256:([0-9a-f]{64})$/.exec(o.token);
      if (!match) throw new Error(`token of ${o.name} must be "sha256:<64 hex digits>"`);
      return {
        actor: { name: o.name, roles: [...o.roles] },
        digest: Buffer.from(match[1]!, 'hex'),
      };
    });
  }

  static async fromFile(path: string): Promise<TokenAuth> {
    const json = JSON.parse(await readFile(path, 'utf8')) as { officers?: OfficerEntry[] };
    if (!Array.isArray(json.officers)) throw new Error(`${path}: expected { "officers": [...] }`);
    return new TokenAuth(json.officers);
  }

  /** The officer a `Bearer` token belongs to, or undefined. Compared in constant time. */
  authenticate(authorization: string | undefined): Actor | undefined {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    const digest = createHash('sha256').update(token).digest();
    return this.entries.find((e) => timingSafeEqual(e.digest, digest))?.actor;
  }
}

export function hashToken(token: string): string {
  return `sha256:${createHash('sha256').update(token).digest('hex')}`;
}
