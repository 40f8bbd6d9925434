import { z } from 'zod';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import { isValidWorkspaceId } from './rooms';

/**
 * An invite carries what a teammate needs to join a workspace: where the relay
 * is, which workspace, and its token. It is a code to paste (or a link), so it
 * is validated like any other input from outside.
 */
export const inviteSchema = z.object({
  v: z.literal(1),
  relay: z.string().regex(/^wss?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'expected a ws:// or wss:// address').max(500),
  workspaceId: z.string().refine(isValidWorkspaceId, 'bad workspace id'),
  token: z.string().min(1).max(500),
  name: z.string().max(200).default('Shared workspace'),
});
export type Invite = z.infer<typeof inviteSchema>;

const PREFIX = 'rapport-invite:';
/** Every invite code starts with this; the rest is base64url (no ':'), so a code holds it once. */
export const INVITE_PREFIX = PREFIX;

function toBase64Url(text: string): string {
  return toBase64(encodeUtf8(text)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(code)) throw new Error('not base64url');
  const text = decodeUtf8(fromBase64(code.replace(/-/g, '+').replace(/_/g, '/')));
  if (text.includes('\ufffd')) throw new Error('not UTF-8');
  return text;
}

export function encodeInvite(invite: Omit<Invite, 'v'>): string {
  return PREFIX + toBase64Url(JSON.stringify(inviteSchema.parse({ v: 1, ...invite })));
}

/** Parses an invite code (or a link ending in one); throws an Error with a readable message. */
export function decodeInvite(code: string): Invite {
  const trimmed = code.trim();
  const at = trimmed.lastIndexOf(PREFIX);
  if (at < 0) throw new Error('This is not a Rapport invite code.');
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(trimmed.slice(at + PREFIX.length)));
  } catch {
    throw new Error('The invite code is damaged: copy it again.');
  }
  const parsed = inviteSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The invite code is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`);
  return parsed.data;
}
