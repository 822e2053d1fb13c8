/** Units occupied out of the rack's height, as a bar with the numbers beside it. */
export function UsageBar({ usedU, heightU }: { usedU: number | string; heightU: number | string }) {
  const used = Number(usedU);
  const height = Number(heightU);
  const percent = height > 0 ? Math.round((used / height) * 100) : 0;
  const variant = percent >= 90 ? 'danger' : percent >= 70 ? 'warning' : 'success';
  return (
    <div className="d-flex align-items-center gap-2">
      {/* Bootstrap 5.3 markup: the role sits on the outer element so the label names the bar. */}
      <div
        className="progress flex-grow-1"
        role="progressbar"
        aria-label={`${used} of ${height} U used`}
        aria-valuenow={used}
        aria-valuemin={0}
        aria-valuemax={height}
        style={{ minWidth: '5rem', maxWidth: '10rem' }}
      >
        <div className={`progress-bar bg-${variant}`} style={{ width: `${percent}%` }} />
      </div>
      <span className="small text-nowrap">
        {used} / {height} U
      </span>
    </div>
  );
}
