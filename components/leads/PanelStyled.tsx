import type { ComponentChildren } from 'preact';
import { createPortal } from 'preact/compat';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
// The side panel's own stylesheet, as text: the detail view shows the panel's components as the panel does.
import panelCss from '../../entrypoints/sidepanel/style.css?inline';

/**
 * Renders the side panel's components with the side panel's stylesheet, inside a shadow root so its element rules
 * (h1, h2, button, input...) stay off the leads page. Colours come through the inherited theme variables.
 */
export function PanelStyled({ children }: { children: ComponentChildren }) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot>();
  useLayoutEffect(() => {
    const el = host.current;
    if (el) setRoot(el.shadowRoot ?? el.attachShadow({ mode: 'open' }));
  }, []);
  return (
    <div ref={host} class="panel-host">
      {root &&
        createPortal(
          <>
            <style>{panelCss}</style>
            <div class="panel">{children}</div>
          </>,
          root as unknown as Element,
        )}
    </div>
  );
}
