export type PanelView = 'score' | 'icp';

const VIEWS: { id: PanelView; label: string }[] = [
  { id: 'score', label: 'Score' },
  { id: 'icp', label: 'ICP' },
];

/** The panel's two views as a tab list: Tab reaches the selected tab, arrow keys move between them. */
export function ViewTabs({ view, onChange }: { view: PanelView; onChange: (view: PanelView) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = VIEWS[(VIEWS.findIndex((v) => v.id === view) + 1) % VIEWS.length] as (typeof VIEWS)[number];
    onChange(next.id);
    document.getElementById(`view-tab-${next.id}`)?.focus();
  };
  return (
    <div class="view-tabs" role="tablist" aria-label="Panel views" onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          id={`view-tab-${v.id}`}
          aria-selected={view === v.id}
          aria-controls={`view-${v.id}`}
          tabIndex={view === v.id ? 0 : -1}
          onClick={() => onChange(v.id)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
