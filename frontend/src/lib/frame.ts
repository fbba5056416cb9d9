/**
 * Coalesces repaints: many model changes within one frame (a burst of event batches, say) cost a
 * single render. All views render in the same pass, so the status line never claims more than
 * the event log shows.
 */
export type Schedule = (callback: () => void) => void;

export function frameScheduler(render: () => void, schedule: Schedule): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      render();
    });
  };
}
