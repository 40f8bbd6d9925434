const TEXT: Record<string, { title: string; body: string }> = {
  timeline: { title: 'Timeline', body: 'Every interaction, stage change and follow-up across the workspace will appear here.' },
  board: { title: 'Board', body: 'The relationship path, one column per stage, will appear here.' },
  today: { title: 'Today', body: 'Follow-ups due and customers losing touch will appear here.' },
  insights: { title: 'Insights', body: 'The stage funnel, value tiers and sentiment over time will appear here.' },
};

/** Views that later work fills in; they say what they will hold rather than show nothing. */
export function ComingSoon({ view }: { view: string }) {
  const text = TEXT[view] ?? { title: view, body: '' };
  return (
    <section className="view" aria-labelledby="view-title">
      <h1 id="view-title">{text.title}</h1>
      <p className="empty">{text.body}</p>
    </section>
  );
}
