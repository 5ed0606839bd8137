import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

/**
 * A box a wide table scrolls in sideways, so the page itself never does. While the table is wider than the
 * box, the box is a named region that takes keyboard focus, so it can be scrolled without a mouse.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="utp-table-scroll"
      data-scrolls={scrolls ? "ja" : "nei"}
      {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": `${label} (rull sidelengs)` } : {})}
    >
      {children}
    </div>
  );
}
