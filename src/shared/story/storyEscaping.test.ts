import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { addCustomerCard, moveToStage } from '../model/workspaceDoc';
import { putFollowUp, putInteraction, setProfileField } from '../model/customerDoc';
import { createNotebook } from '../notebook/headless';
import { isSafeUrl } from '../notebook/safeUrl';
import { renderStoryHtml, storyHeaderFooter } from './storyHtml';
import { storyInputFromDocs } from './storyInput';
import { notebookHtml, type LexicalJsonNode } from './notebookHtml';

/**
 * Whatever users or hostile peers put in a customer, the story's markup is only
 * the renderer's own: a fixed set of tags and attributes, no event handlers, and
 * links only where isSafeUrl allows them.
 */
const TAGS = new Set(
  'html head meta title style body section header p h1 h2 h3 h4 h5 h6 dl dt dd div ul ol li strong em u s code pre blockquote a span br figure figcaption table caption colgroup col thead tbody tr th td svg g rect line text'.split(' '),
);
const ATTRS = new Set(
  'lang charset http-equiv content class id href role aria-label aria-labelledby aria-hidden scope colspan viewBox width height xmlns x y rx x1 y1 x2 y2 text-anchor font-size font-weight'.split(' '),
);

function assertOnlyOwnMarkup(html: string): void {
  const body = html.slice(html.indexOf('</head>'));
  expect(body).not.toMatch(/<script/i);
  for (const match of body.matchAll(/<(\/?)([^\s>/]+)([^>]*)>/g)) {
    const [, , tag, rest] = match;
    if (tag === '!doctype') continue;
    expect(TAGS, `tag <${tag}>`).toContain(tag.toLowerCase());
    const attrs = rest.trim().replace(/\/$/, '');
    // Every attribute is name="value" with no quote inside; nothing else in the tag.
    expect(attrs, `attributes of <${tag}>`).toMatch(/^(?:[\w-]+="[^"<>]*"\s*)*$/);
    for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) {
      expect(ATTRS, `attribute ${name}`).toContain(name);
      if (name === 'href') expect(isSafeUrl(value.replace(/&amp;/g, '&')), `href ${value}`).toBe(true);
    }
  }
}

const hostileBits = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  "'; background:url(javascript:alert(4)); '",
  '</style><style>*{display:none}</style>',
  '[x](javascript:alert(5))',
  '[y](JaVa\tScRiPt:alert(6))',
  '[z](data:text/html,<script>alert(7)</script>)',
  '[ok](https://example.com/?a=1&b="2")',
  '<a href="javascript:alert(8)">click</a>',
  '`code <b>`',
  '&lt;already escaped&gt;',
  '# heading <i>',
  '- [ ] task <u onmouseover=x>',
  '> quote <iframe src=//evil>',
);
const hostileText = fc.array(fc.oneof(hostileBits, fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

function storyOf(fields: { name: string; company: string; owner: string; notes: string; summary: string; likes: string; follow: string; label: string }): string {
  const workspace = new Y.Doc();
  addCustomerCard(workspace, 'c1', { name: fields.name, company: fields.company, owner: fields.owner, createdAt: Date.UTC(2025, 0, 1) });
  moveToStage(workspace, 'c1', 'loyalist', fields.owner, Date.UTC(2025, 5, 1));
  const customer = new Y.Doc();
  createNotebook(customer, fields.notes);
  setProfileField(customer, 'likes', fields.likes);
  setProfileField(customer, 'importantDates', [{ label: fields.label, date: '2020-01-01' }]);
  putInteraction(customer, 'i1', { kind: 'call', at: Date.UTC(2026, 0, 2), summary: fields.summary, sentiment: 'neutral', amount: null, author: fields.owner });
  putFollowUp(customer, 'f1', { due: '2026-12-01', text: fields.follow, assignee: fields.owner, done: false });
  return renderStoryHtml(storyInputFromDocs(workspace, customer, 'c1', { now: Date.UTC(2026, 5, 1), timeZone: 'UTC' }));
}

describe('story escaping (property)', () => {
  it('any text in any field renders as the renderer’s own markup only', () => {
    fc.assert(
      fc.property(
        fc.record({ name: hostileText, company: hostileText, owner: hostileText, notes: hostileText, summary: hostileText, likes: hostileText, follow: hostileText, label: hostileText }),
        (fields) => assertOnlyOwnMarkup(storyOf(fields)),
      ),
      { numRuns: 60 },
    );
  });

  it('a hostile peer’s notebook JSON (any types, tags, urls) cannot inject markup', () => {
    const leaf = fc.record({
      type: fc.constantFrom('text', 'code-highlight', 'linebreak', 'tab', 'weird"><script>'),
      text: hostileText,
      format: fc.oneof(fc.integer({ min: 0, max: 255 }), hostileText),
    });
    const tree = fc.letrec<{ node: LexicalJsonNode }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({
          type: fc.constantFrom('paragraph', 'heading', 'quote', 'code', 'list', 'listitem', 'link', 'autolink', 'x<script>'),
          tag: fc.oneof(fc.constantFrom('h1', 'h2', 'h6'), hostileText),
          listType: fc.oneof(fc.constantFrom('bullet', 'number', 'check'), hostileText),
          checked: fc.boolean(),
          url: fc.oneof(hostileText, fc.webUrl(), fc.constantFrom('javascript:alert(1)', ' javascript:x', 'mailto:a@b.c', 'https://x.example/"onmouseover="y')),
          children: fc.array(tie('node'), { maxLength: 4 }),
        }),
      ),
    }));
    fc.assert(
      fc.property(fc.array(tree.node, { maxLength: 5 }), (children) => {
        const html = `</head>${notebookHtml({ root: { type: 'root', children } })}`;
        assertOnlyOwnMarkup(html);
      }),
      { numRuns: 300 },
    );
  });

  it('hostile strings are visible as text, and the header carries the title escaped with the date and page numbers', () => {
    const html = storyOf({
      name: '<script>alert(1)</script>',
      company: '<style>body{display:none}</style>',
      owner: 'Alex',
      notes: 'See [here](javascript:alert(3)) <img src=x onerror=alert(2)>',
      summary: 'Call about <b>pricing</b>',
      likes: '',
      follow: 'x',
      label: 'Birthday',
    });
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('&lt;style&gt;body{display:none}&lt;/style&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('<span class="inert-link">here (javascript:alert(3))</span>');
    expect(html).toContain('Call about &lt;b&gt;pricing&lt;/b&gt;');
    // The running header holds the name as a CSS string: every character but letters, digits and spaces escaped.
    const style = html.slice(html.indexOf('<style>') + '<style>'.length, html.indexOf('</style>'));
    expect(style).toContain('@top-left { content: "\\3c script\\3e alert\\28 1\\29 \\3c \\2f script\\3e  \\2014  account review";');
    expect(style).not.toMatch(/<|"[^"]*script\(/);
    expect(storyHeaderFooter('<img src=x onerror=alert(1)>')).toEqual({ headerTemplate: '<span></span>', footerTemplate: '<span></span>' });
  });

  it('without a workspace summary, the cover still shows tier, health and time in stage from this customer', () => {
    const html = storyOf({ name: 'Ada', company: 'Engines', owner: 'Alex', notes: '', summary: 'Intro', likes: '', follow: 'Call', label: 'Birthday' });
    expect(html).toMatch(/<dt>Tier<\/dt><dd class="tile-value">[ABC]<\/dd>/);
    expect(html).toContain('<span>Loyalist for 365 days</span>');
    expect(html).toMatch(/<dt>Health<\/dt><dd class="tile-value"><span class="health-dot" aria-hidden="true"><\/span>(Healthy|Needs attention|At risk)<\/dd>/);
  });
});
