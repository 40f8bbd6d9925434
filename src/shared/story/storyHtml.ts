import { escapeHtml as e, cssString } from './escape';
import { STORY_CSS } from './storyCss';
import { storyStyle, type StoryStyle } from './storyFormat';
import { storyFigures } from './storyFigures';
import { chartsSection } from './storyCharts';
import { coverSection } from './storySummary';
import { factsSection, followUpsSection, journeySection, notebookSection } from './storySections';
import { interactionsSections } from './storyInteractions';
import { orderedSections, templateOf, type StoryTemplate } from './storyTemplates';
import type { StoryInput, StoryOptions, StorySection } from './storyTypes';

export { STORY_SECTIONS, STORY_TEMPLATES, type StoryInput, type StoryOptions, type StorySection, type StoryTemplateId } from './storyTypes';

/** The page box: margins, and the running header and footer as CSS margin boxes (none on the first page). */
function pageCss(input: StoryInput, options: StoryOptions, style: StoryStyle, template: StoryTemplate): string {
  const title = `${input.card.name || 'Customer'} — ${template.name.toLowerCase()}`;
  const box = `font-family: 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #5f5f66;`;
  return `@page { size: ${options.pageSize === 'Letter' ? 'Letter' : 'A4'}; margin: 18mm 16mm 20mm;
  @top-left { content: ${cssString(title)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(`Prepared ${style.day(input.generatedAt)}`)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(`Rapport · ${template.name}`)}; ${box} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} vertical-align: top; padding-top: 4mm; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }`;
}

/**
 * The printable story of one customer: one self-contained HTML document (inline
 * CSS, inline SVG charts, no script, a deny-all CSP) for Chromium's PDF printer,
 * in the desktop app, the web build and the command line alike. Every text the
 * user or a peer wrote goes through escapeHtml (or cssString in the page header);
 * links are kept only for http, https and mailto (isSafeUrl).
 */
export function renderStoryHtml(input: StoryInput, options: StoryOptions = {}): string {
  const template = templateOf(options.template);
  const style = storyStyle(input.format, input.timeZone, input.generatedAt);
  const figures = storyFigures(input, style);
  const log = interactionsSections(input.interactions, style, options);
  const render: Record<StorySection, () => string> = {
    cover: () => coverSection(input, figures, style, template),
    charts: () => chartsSection(figures, style),
    journey: () => journeySection(input, style),
    facts: () => factsSection(input, style, template),
    interactions: () => log.main,
    notebook: () => notebookSection(input),
    followUps: () => followUpsSection(figures, style),
  };
  const sections = orderedSections(template, options.sections);
  const body = sections.map((s) => render[s]()).join('\n') + (sections.includes('interactions') ? log.appendix : '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(input.card.name || 'Customer')} — ${e(template.name.toLowerCase())}</title>
<style>${pageCss(input, options, style, template)}
${STORY_CSS}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * Templates for Chromium's own header and footer, left empty: the story prints
 * its running header and footer itself (CSS margin boxes, see pageCss), which can
 * leave the first page without a header; Chromium's templates cannot. Chromium
 * draws nothing for an empty template but keeps the page's margins.
 */
export function storyHeaderFooter(_title: string): { headerTemplate: string; footerTemplate: string } {
  return { headerTemplate: '<span></span>', footerTemplate: '<span></span>' };
}
