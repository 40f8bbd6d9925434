import { z } from 'zod';
import { customerDocName, isValidDocName } from '../model/docIds';
import { decodeInvite, encodeInvite, INVITE_PREFIX, inviteSchema, type Invite } from '../sync/invite';
import { isValidWorkspaceId } from '../sync/rooms';
import { DEEP_LINK_SCHEME, MAX_DEEP_LINK_LENGTH } from './limits';

/**
 * Deep links (DESIGN.md section 9): the only two links the desktop app answers
 * when the OS hands it a rapport:// URL, and the web build's `#join=` entry.
 *
 *   rapport://join#rapport-invite:<base64url>         join a workspace (asks first)
 *   rapport://customer/<workspaceId>/<customerId>     open a customer
 *
 * A link comes from anywhere (a chat message, a web page, another app), so it
 * is parsed strictly: lowercase scheme and host, no query string, no userinfo,
 * no percent-encoding, no whitespace, bounded length. A single trailing slash
 * after the host or path is accepted because Windows browsers append one. The
 * invite travels in the fragment so that a browser handing the link over never
 * sends it to a server; its code is parsed by src/shared/sync/invite.ts.
 */
export { DEEP_LINK_SCHEME, MAX_DEEP_LINK_LENGTH };
const ORIGIN = `${DEEP_LINK_SCHEME}://`;

/** The web build's entry for invite links: `https://app.example/#join=rapport-invite:…`. */
export const WEB_JOIN_FRAGMENT = '#join=';

const inviteCodeSchema = z
  .string()
  .refine((code) => code.startsWith(INVITE_PREFIX) && /^[A-Za-z0-9_-]+$/.test(code.slice(INVITE_PREFIX.length)), 'an invite code is rapport-invite: and base64url');

export const joinLinkSchema = z.strictObject({
  kind: z.literal('join'),
  /** The invite code exactly as it appeared in the link. */
  code: inviteCodeSchema,
  invite: inviteSchema,
});

export const customerLinkSchema = z.strictObject({
  kind: z.literal('customer'),
  workspaceId: z.string().refine(isValidWorkspaceId, 'workspace ids are 1-64 of A-Z a-z 0-9 _ -'),
  customerId: z.string().refine((id) => isValidDocName(customerDocName(id)), 'customer ids are 1-64 of A-Z a-z 0-9 _ -'),
});

/** A parsed deep link. */
export const deepLinkValueSchema = z.discriminatedUnion('kind', [joinLinkSchema, customerLinkSchema]);
export type DeepLink = z.infer<typeof deepLinkValueSchema>;
export type JoinLink = z.infer<typeof joinLinkSchema>;
export type CustomerLink = z.infer<typeof customerLinkSchema>;

export type DeepLinkResult = { ok: true; link: DeepLink } | { ok: false; error: string };

const refuse = (error: string): DeepLinkResult => ({ ok: false, error });

/** Everything after `rapport://<host>` that may follow a host with no path: nothing, or Windows' trailing slash. */
function withoutTrailingSlash(rest: string): string {
  return rest.endsWith('/') ? rest.slice(0, -1) : rest;
}

function parseJoin(rest: string): DeepLinkResult {
  // rest is what follows "rapport://join": "#<code>" or "/#<code>".
  const hash = rest.indexOf('#');
  if (hash < 0) return refuse('The join link has no invite in it: copy the whole link again.');
  if (withoutTrailingSlash(rest.slice(0, hash)) !== '') return refuse('The join link has an unexpected path: copy the whole link again.');
  const code = rest.slice(hash + 1);
  if (!inviteCodeSchema.safeParse(code).success) return refuse('The invite in this link is damaged: copy the whole link again.');
  let invite: Invite;
  try {
    invite = decodeInvite(code);
  } catch (error) {
    return refuse(error instanceof Error ? error.message : 'The invite in this link is not valid.');
  }
  return validated({ kind: 'join', code, invite });
}

function parseCustomer(rest: string): DeepLinkResult {
  // rest is what follows "rapport://customer": "/<workspaceId>/<customerId>" and maybe one "/".
  const parts = withoutTrailingSlash(rest).split('/');
  if (rest.includes('#')) return refuse('A customer link has no fragment.');
  if (parts.length !== 3 || parts[0] !== '') return refuse('A customer link is rapport://customer/<workspace>/<customer>.');
  return validated({ kind: 'customer', workspaceId: parts[1], customerId: parts[2] });
}

function validated(candidate: unknown): DeepLinkResult {
  const parsed = deepLinkValueSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, link: parsed.data };
  return refuse(`The link is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`);
}

/**
 * Parses a deep link. Never throws; a refused link says why in words fit for
 * the user, and never repeats the link (it may carry a token).
 */
export function parseDeepLink(raw: unknown): DeepLinkResult {
  if (typeof raw !== 'string') return refuse('A link is text.');
  if (raw.length > MAX_DEEP_LINK_LENGTH) return refuse('The link is too long to be a Rapport link.');
  if (!raw.startsWith(ORIGIN)) return refuse('This is not a Rapport link (rapport://…).');
  // Printable ASCII only: no spaces, controls or look-alike characters anywhere.
  if (!/^[\x21-\x7e]+$/.test(raw)) return refuse('The link contains characters a Rapport link never has.');
  // No valid link holds an escape: refusing them all leaves no %2F or %23 tricks to decode.
  if (raw.includes('%')) return refuse('The link contains encoded characters, which Rapport links never have.');
  if (raw.includes('?')) return refuse('Rapport links carry no query string.');
  const afterOrigin = raw.slice(ORIGIN.length);
  const hostEnd = afterOrigin.search(/[/#]/);
  const host = hostEnd < 0 ? afterOrigin : afterOrigin.slice(0, hostEnd);
  const rest = hostEnd < 0 ? '' : afterOrigin.slice(hostEnd);
  if (host.includes('@') || host.includes(':')) return refuse('A Rapport link carries no user name, password or port.');
  if (host === 'join') return parseJoin(rest);
  if (host === 'customer') return parseCustomer(rest);
  return refuse('Rapport opens only join and customer links.');
}

/** The zod form of the parser, for boundaries that validate with schemas (IPC payloads). */
export const deepLinkSchema = z
  .string()
  .max(MAX_DEEP_LINK_LENGTH)
  .transform((raw, ctx) => {
    const result = parseDeepLink(raw);
    if (result.ok) return result.link;
    ctx.addIssue({ code: 'custom', message: result.error });
    return z.NEVER;
  });

/** The canonical text of a link: what main delivers, and the key a link is deduplicated by. */
export function formatDeepLink(link: DeepLink): string {
  const valid = deepLinkValueSchema.parse(link);
  return valid.kind === 'join' ? `${ORIGIN}join#${valid.code}` : `${ORIGIN}customer/${valid.workspaceId}/${valid.customerId}`;
}

/** A join link for an invite, as Settings could share it. */
export function joinLinkFor(invite: Omit<Invite, 'v'>): string {
  return `${ORIGIN}join#${encodeInvite(invite)}`;
}

/**
 * The web build's invite entry: a location hash `#join=<invite code>` parsed as
 * the join link it stands for; null when the hash is something else (a route).
 */
export function parseWebJoinFragment(hash: string): DeepLinkResult | null {
  if (!hash.startsWith(WEB_JOIN_FRAGMENT)) return null;
  return parseDeepLink(`${ORIGIN}join#${hash.slice(WEB_JOIN_FRAGMENT.length)}`);
}

/** The relay's host (and port) an invite names, for the user to check before joining; never its credentials. */
export function relayHostOf(invite: Invite): string {
  const authority = /^wss?:\/\/([^\s/?#]+)/.exec(invite.relay)?.[1] ?? invite.relay;
  return authority.slice(authority.lastIndexOf('@') + 1);
}
