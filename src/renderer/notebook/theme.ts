import type { EditorThemeClasses } from 'lexical';

/** Class names for notebook content; styled in styles.css. */
export const notebookTheme: EditorThemeClasses = {
  paragraph: 'nb-p',
  quote: 'nb-quote',
  heading: { h1: 'nb-h1', h2: 'nb-h2', h3: 'nb-h3', h4: 'nb-h4', h5: 'nb-h5', h6: 'nb-h6' },
  list: {
    ul: 'nb-ul',
    ol: 'nb-ol',
    listitem: 'nb-li',
    listitemChecked: 'nb-li-checked',
    listitemUnchecked: 'nb-li-unchecked',
    nested: { listitem: 'nb-li-nested' },
    checklist: 'nb-checklist',
  },
  link: 'nb-link',
  code: 'nb-code',
  text: { bold: 'nb-bold', italic: 'nb-italic', underline: 'nb-underline', code: 'nb-inline-code', strikethrough: 'nb-strike' },
};
