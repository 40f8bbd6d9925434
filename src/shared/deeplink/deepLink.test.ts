import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite, type Invite } from '../sync/invite';
import { isValidWorkspaceId } from '../sync/rooms';
import {
  MAX_DEEP_LINK_LENGTH,
  deepLinkSchema,
  formatDeepLink,
  joinLinkFor,
  parseDeepLink,
  parseWebJoinFragment,
  relayHostOf,
  type DeepLink,
} from './deepLink';

// --- what valid parts look like, built independently of the parser ---
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const idArb = fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 64 });
const hostArb = fc.oneof(
  fc.domain(),
  fc.ipV4(),
  fc.constantFrom('localhost', '[::1]', 'relay.example.com', 'user:pw@relay.example.com'),
);
const relayArb = fc
  .tuple(fc.constantFrom('ws', 'wss'), hostArb, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), fc.option(fc.webPath(), { nil: undefined }))
  .map(([scheme, host, port, path]) => `${scheme}://${host}${port ? `:${port}` : ''}${path ?? ''}`)
  .filter((relay) => relay.length <= 500 && !/[\s?#]/.test(relay));
// U+FFFD is what a broken UTF-8 decode yields, so decodeInvite refuses it (see the notes); keep it out of valid parts.
const textArb = (min: number, max: number) =>
  fc
    .string({ unit: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom('"', '\\', '\u0000', '\u001f', '\u2028')), minLength: min, maxLength: max })
    .filter((text) => text.length >= min && text.length <= max && !text.includes('\ufffd'));
const inviteArb: fc.Arbitrary<Omit<Invite, 'v'>> = fc.record({ relay: relayArb, workspaceId: idArb, token: textArb(1, 500), name: textArb(0, 200) });
const customerArb = fc.record({ kind: fc.constant('customer' as const), workspaceId: idArb, customerId: idArb });

/**
 * The oracle: a string may pass only if it is exactly one of the two link forms
 * (with at most Windows' one trailing slash) and every part is valid on its own.
 */
function isExactlyValid(raw: string, link: DeepLink): boolean {
  if (link.kind === 'customer') {
    const canonical = `rapport://customer/${link.workspaceId}/${link.customerId}`;
    return (raw === canonical || raw === `${canonical}/`) && isValidWorkspaceId(link.workspaceId) && /^[A-Za-z0-9_-]{1,64}$/.test(link.customerId);
  }
  if (raw !== `rapport://join#${link.code}` && raw !== `rapport://join/#${link.code}`) return false;
  if (!/^rapport-invite:[A-Za-z0-9_-]+$/.test(link.code)) return false;
  try {
    expect(decodeInvite(link.code)).toEqual(link.invite);
    return true;
  } catch {
    return false;
  }
}

function expectOnlyValid(raw: string): void {
  const result = parseDeepLink(raw);
  if (result.ok) expect(isExactlyValid(raw, result.link), `passed but not valid: ${JSON.stringify(raw).slice(0, 300)}`).toBe(true);
  else expect(result.error).toMatch(/\S/);
}

const validLinkArb = fc.oneof(
  customerArb.map((link) => formatDeepLink(link)),
  inviteArb.map((invite) => joinLinkFor(invite)),
);

/** Edits that turn a link into something else; each result may pass only if it is valid. */
const TRICKS = ['%2F', '%2f', '%23', '%3A', '?token=secret', '?', 'user:pass@', '@', ':443', '/', '//', '/extra', '..', '#', ' ', '\t', '\n', '\u0000', 'javascript:', '\\', 'ﬁ', 'с', '／', '\u200b', 'A', '-', '_', '='];
const mutationArb = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TRICKS), fc.string({ unit: 'binary', maxLength: 3 })) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TRICKS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }),
  // Most damage happens at the seams: next to a '/', '#', ':' or an end.
  fc.record({ op: fc.constant('seam' as const), at: fc.nat(), after: fc.boolean(), text: fc.oneof(fc.constantFrom(...TRICKS), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })) }),
  fc.record({ op: fc.constant('case' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('scheme' as const), scheme: fc.constantFrom('javascript:', 'https://', 'http://', 'file://', 'rapport:', 'rapport:///', 'Rapport://', 'RAPPORT://', 'rapports://', 'data:text/html,', '') }),
);

type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

function mutate(link: string, mutation: Mutation): string {
  switch (mutation.op) {
    case 'insert': {
      const at = mutation.at % (link.length + 1);
      return link.slice(0, at) + mutation.text + link.slice(at);
    }
    case 'delete': {
      const at = mutation.at % link.length;
      return link.slice(0, at) + link.slice(at + mutation.count);
    }
    case 'replace': {
      const at = mutation.at % link.length;
      return link.slice(0, at) + mutation.text + link.slice(at + 1);
    }
    case 'seam': {
      const seams = [0, link.length, ...[...link].flatMap((char, index) => ('/#:'.includes(char) ? [index] : []))];
      const at = seams[mutation.at % seams.length] + (mutation.after ? 1 : 0);
      return link.slice(0, at) + mutation.text + link.slice(at);
    }
    case 'case': {
      const at = mutation.at % link.length;
      const char = link[at];
      const swapped = char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase();
      return link.slice(0, at) + swapped + link.slice(at + 1);
    }
    case 'scheme':
      return mutation.scheme + link.slice('rapport://'.length);
  }
}

describe('parseDeepLink: properties', () => {
  it('every customer link built from valid ids parses back to those ids (also with a trailing slash)', () => {
    fc.assert(
      fc.property(customerArb, (parts) => {
        const link = formatDeepLink(parts);
        expect(link).toBe(`rapport://customer/${parts.workspaceId}/${parts.customerId}`);
        expect(parseDeepLink(link)).toEqual({ ok: true, link: parts });
        expect(parseDeepLink(`${link}/`)).toEqual({ ok: true, link: parts });
      }),
      { numRuns: 300 },
    );
  });

  it('every join link built from a valid invite parses back to that invite and its code', () => {
    fc.assert(
      fc.property(inviteArb, (invite) => {
        const link = joinLinkFor(invite);
        expect(link.length).toBeLessThanOrEqual(MAX_DEEP_LINK_LENGTH);
        const code = encodeInvite(invite);
        const expected = { ok: true, link: { kind: 'join', code, invite: { v: 1, ...invite } } };
        expect(parseDeepLink(link)).toEqual(expected);
        expect(parseDeepLink(link.replace('join#', 'join/#'))).toEqual(expected);
        expect(formatDeepLink((expected as { link: DeepLink }).link)).toBe(link);
        // The web build's #join= entry is the same link.
        expect(parseWebJoinFragment(`#join=${code}`)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('the largest invite the schema allows still fits in a link', () => {
    const worst = { relay: `wss://${'\u0001'.repeat(494)}`, workspaceId: 'w'.repeat(64), token: '\u0000'.repeat(500), name: '\u0000'.repeat(200) };
    expect(parseDeepLink(joinLinkFor(worst)).ok).toBe(true);
  });

  it('arbitrary strings never pass unless they are valid links', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.webUrl({ withFragments: true, withQueryParameters: true }),
          fc.string({ maxLength: 120 }).map((tail) => `rapport://${tail}`),
          fc.tuple(fc.constantFrom('join', 'customer', 'app', 'Customer', 'join/'), fc.string({ unit: 'binary', maxLength: 80 })).map(([host, tail]) => `rapport://${host}${tail}`),
          fc.array(fc.oneof(idArb, fc.constantFrom('', '.', '..', '%2F', 'customer')), { maxLength: 5 }).map((parts) => `rapport://customer/${parts.join('/')}`),
        ),
        expectOnlyValid,
      ),
      { numRuns: 2000 },
    );
  });

  it('mutations of valid links never pass unless the result is itself valid', () => {
    fc.assert(fc.property(validLinkArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (link, mutations) => expectOnlyValid(mutations.reduce(mutate, link))), {
      numRuns: 1500,
    });
  });

  it('escapes, query strings, whitespace and credentials anywhere are always refused', () => {
    fc.assert(
      fc.property(validLinkArb, fc.nat(), fc.constantFrom('%2F', '%41', '?', '?token=secret', ' ', '\n', '\t', '\u00a0', '\u0000'), (link, at, trick) => {
        const position = at % (link.length + 1);
        expect(parseDeepLink(link.slice(0, position) + trick + link.slice(position)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(validLinkArb, fc.constantFrom('user@', 'user:pass@', ':pass@'), (link, userinfo) => {
        expect(parseDeepLink(link.replace('rapport://', `rapport://${userinfo}`)).ok).toBe(false);
      }),
    );
  });
});

describe('parseDeepLink: named cases', () => {
  const invite = { relay: 'wss://relay.example.com:4455', workspaceId: 'team-ws', token: 'team-secret-token', name: 'Key accounts' };
  const code = encodeInvite(invite);

  it('accepts the two link forms', () => {
    expect(parseDeepLink('rapport://customer/ws-1/c_2')).toEqual({ ok: true, link: { kind: 'customer', workspaceId: 'ws-1', customerId: 'c_2' } });
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(parseDeepLink(`rapport://customer/${uuid}/${uuid}/`)).toMatchObject({ ok: true, link: { workspaceId: uuid, customerId: uuid } });
    expect(parseDeepLink(`rapport://join#${code}`)).toEqual({ ok: true, link: { kind: 'join', code, invite: { v: 1, ...invite } } });
    expect(parseDeepLink(`rapport://join/#${code}`)).toMatchObject({ ok: true });
  });

  it.each([
    ['another scheme', 'https://customer/ws/c'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['javascript: dressed as a link', 'javascript://customer/ws/c%0Aalert(1)'],
    ['an upper-case scheme', 'RAPPORT://customer/ws/c'],
    ['no slashes after the scheme', 'rapport:customer/ws/c'],
    ['an empty authority', 'rapport:///customer/ws/c'],
    ['an unknown host', 'rapport://app/index.html'],
    ['a look-alike host (Cyrillic с)', 'rapport://сustomer/ws/c'],
    ['an upper-case host', 'rapport://Customer/ws/c'],
    ['credentials in the authority', 'rapport://user:pass@customer/ws/c'],
    ['a port', 'rapport://customer:443/ws/c'],
    ['an extra path part', 'rapport://customer/ws/c/notes'],
    ['two trailing slashes', 'rapport://customer/ws/c//'],
    ['a missing customer', 'rapport://customer/ws'],
    ['an empty workspace', 'rapport://customer//c'],
    ['dot segments', 'rapport://customer/../c'],
    ['an encoded slash', 'rapport://customer/ws%2Fother/c'],
    ['an encoded letter', 'rapport://customer/w%73/c'],
    ['a query string', 'rapport://customer/ws/c?token=secret'],
    ['a fragment on a customer link', 'rapport://customer/ws/c#x'],
    ['a backslash', 'rapport://customer/ws\\c'],
    ['leading whitespace', ' rapport://customer/ws/c'],
    ['a trailing newline', 'rapport://customer/ws/c\n'],
    ['a zero-width space', 'rapport://customer/ws/c\u200b'],
    ['an id longer than 64', `rapport://customer/ws/${'c'.repeat(65)}`],
    ['over-long input', `rapport://customer/ws/${'c'.repeat(MAX_DEEP_LINK_LENGTH)}`],
    ['a join link without invite', 'rapport://join'],
    ['an empty fragment', 'rapport://join#'],
    ['a fragment that is no invite', 'rapport://join#hello'],
    ['text before the invite code', `rapport://join#see-${code}`],
    ['a link around the code', `rapport://join#https://x.example/${code}`],
    ['a path on a join link', `rapport://join/x#${code}`],
    ['a query on a join link', `rapport://join?x=1#${code}`],
    ['an encoded invite', `rapport://join#${code.replace(':', '%3A')}`],
    ['a damaged invite', `rapport://join#${code.slice(0, -6)}`],
    ['an invite for an http relay', `rapport://join#rapport-invite:${Buffer.from(JSON.stringify({ v: 1, relay: 'http://evil.example', workspaceId: 'w', token: 't' })).toString('base64url')}`],
    ['an invite for a bad workspace id', `rapport://join#rapport-invite:${Buffer.from(JSON.stringify({ v: 1, relay: 'ws://x:1', workspaceId: '../w', token: 't' })).toString('base64url')}`],
    ['a customer link to a join host', 'rapport://join/ws/c'],
  ])('refuses %s', (_name, raw) => {
    const result = parseDeepLink(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^[A-Z].*\.$/);
      // Refusals never echo the link: it may carry a token.
      expect(result.error).not.toContain('secret');
    }
  });

  it('refuses values that are not text, through the zod schema too', () => {
    expect(parseDeepLink(42)).toEqual({ ok: false, error: 'A link is text.' });
    expect(parseDeepLink(undefined).ok).toBe(false);
    expect(deepLinkSchema.safeParse({ href: 'rapport://customer/a/b' }).success).toBe(false);
    expect(deepLinkSchema.safeParse('rapport://customer/a/b/c').success).toBe(false);
    expect(deepLinkSchema.parse('rapport://customer/a/b')).toEqual({ kind: 'customer', workspaceId: 'a', customerId: 'b' });
  });

  it('the web build takes only #join= fragments, parsed as join links', () => {
    expect(parseWebJoinFragment('#/customers/abc')).toBeNull();
    expect(parseWebJoinFragment('')).toBeNull();
    expect(parseWebJoinFragment(`#join=${code}`)).toMatchObject({ ok: true, link: { kind: 'join', code } });
    expect(parseWebJoinFragment('#join=nonsense')).toMatchObject({ ok: false });
    expect(parseWebJoinFragment(`#join=${code}?x`)).toMatchObject({ ok: false });
  });

  it('formatting refuses invalid parts instead of building a link from them', () => {
    expect(() => formatDeepLink({ kind: 'customer', workspaceId: 'a/b', customerId: 'c' })).toThrow();
    expect(() => formatDeepLink({ kind: 'customer', workspaceId: 'a', customerId: 'c?x' })).toThrow();
  });

  it('shows the relay host without credentials or path', () => {
    expect(relayHostOf({ v: 1, ...invite })).toBe('relay.example.com:4455');
    expect(relayHostOf({ v: 1, ...invite, relay: 'ws://dana:pw@192.168.1.5:4455/sync' })).toBe('192.168.1.5:4455');
  });
});
