/** Print styles of the customer story: calm typography, colours that print well, sensible page breaks. */
export const STORY_CSS = `
* { box-sizing: border-box; }
body { font-family: 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; color: #1f2328; font-size: 10.5pt; line-height: 1.45; margin: 0; }
h1 { font-size: 30pt; margin: 0 0 4pt; letter-spacing: -0.02em; }
h2 { font-size: 15pt; margin: 22pt 0 8pt; padding-bottom: 4pt; border-bottom: 2px solid #2f5bd3; break-after: avoid; }
h3, h4, h5, h6 { break-after: avoid; margin: 12pt 0 4pt; }
.cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; break-after: page; border-left: 6px solid #2f5bd3; padding-left: 14mm; }
.kicker { text-transform: uppercase; letter-spacing: 0.12em; color: #2f5bd3; font-weight: 700; margin: 0 0 8pt; }
.company { font-size: 15pt; color: #555; margin: 0 0 18pt; }
.cover-facts { display: grid; grid-template-columns: max-content 1fr; gap: 4pt 14pt; margin: 0; }
.fact { display: contents; }
dt { color: #666; }
dd { margin: 0; font-weight: 600; white-space: pre-wrap; overflow-wrap: anywhere; }
.facts dl { display: grid; grid-template-columns: max-content 1fr; gap: 4pt 14pt; }
.facts dd { font-weight: 400; }
.reasons { color: #9a3412; margin: 12pt 0 0; }
.generated { color: #777; margin-top: 24pt; font-size: 9pt; }
.journey-graphic { margin: 4pt 0 8pt; }
.journey-list { columns: 2; font-size: 9pt; color: #444; padding-left: 16pt; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
thead { display: table-header-group; }
th { text-align: left; color: #555; font-weight: 600; border-bottom: 1px solid #bbb; padding: 3pt 4pt; }
td { border-bottom: 1px solid #e5e5e5; padding: 4pt; vertical-align: top; overflow-wrap: anywhere; }
tr { break-inside: avoid; }
td.when { white-space: nowrap; color: #555; }
.dot { display: inline-block; width: 7pt; height: 7pt; border-radius: 50%; margin-right: 4pt; background: #9ca3af; }
.sentiment-positive .dot { background: #16a34a; }
.sentiment-negative .dot { background: #dc2626; }
.amount { font-weight: 700; white-space: nowrap; }
.notebook { break-before: page; }
.notebook p { margin: 0 0 6pt; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote { border-left: 3px solid #cbd5e1; margin: 6pt 0; padding-left: 10pt; color: #555; }
pre { background: #f3f4f6; padding: 6pt; white-space: pre-wrap; font-size: 9pt; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; }
ul.checklist { list-style: none; padding-left: 4pt; }
li.checked { color: #666; text-decoration: line-through; }
li.nested { list-style: none; }
a { color: #1d4ed8; }
.inert-link { color: #666; }
.muted { color: #777; }
`;
