import { useEffect, useState } from 'react';

/**
 * Whole seconds until `deadline` (epoch ms), at most `max`, re-rendering every second; 0 once it has passed,
 * null without a deadline. Counted from the clock rather than from ticks, so a throttled background tab
 * still hides secrets on time.
 */
export function useSecondsLeft(deadline: number | null, max: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  if (deadline === null) return null;
  return Math.min(max, Math.max(0, Math.ceil((deadline - now) / 1000)));
}
