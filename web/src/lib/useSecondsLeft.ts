import { useEffect, useEffectEvent, useState } from 'react';

/**
 * Whole seconds until `deadline` (epoch ms), at most `max`, re-rendering every second; 0 once it has passed,
 * null without a deadline. Counted from the clock rather than from ticks, so a throttled background tab
 * still hides secrets on time. `onExpired` runs on the first tick at or after the deadline.
 */
export function useSecondsLeft(deadline: number | null, max: number, onExpired?: () => void): number | null {
  const [now, setNow] = useState(() => Date.now());
  const expired = useEffectEvent(() => onExpired?.());
  useEffect(() => {
    if (deadline === null) return;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      if (time >= deadline) expired();
    };
    // The first tick right away: `now` may date from before this deadline was set.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [deadline]);
  if (deadline === null) return null;
  return Math.min(max, Math.max(0, Math.ceil((deadline - now) / 1000)));
}
