import { randomBytes } from 'node:crypto';

/** A new workspace secret (LAN hosting): 32 random bytes, base64url. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}
