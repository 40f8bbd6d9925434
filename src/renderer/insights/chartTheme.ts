/**
 * Shared chart settings. Colours of axes, grid and text come from insights.css
 * (CSS variables, so light and dark mode both read well): SVG presentation
 * attributes cannot hold var(), CSS rules can, and they win over attributes.
 */
export const CHART_MARGIN = { top: 8, right: 8, bottom: 0, left: -12 };

export const tooltipStyles = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
  cursor: { fill: 'currentColor', fillOpacity: 0.08 },
};
