import { line } from 'd3-shape';
import { scaleLinear, scalePoint } from 'd3-scale';
import { colourOf } from './palette';

export interface LineSeries {
  key: string;
  label: string;
}

const WIDTH = 480;
const HEIGHT = 220;
const MARGIN = { top: 30, right: 12, bottom: 28, left: 34 };

/** Monthly trends: one line per series over the months of the period, the y axis from zero. */
export function LineChart({
  title,
  points,
  series,
  xLabel,
}: {
  title: string;
  /** One per month, in order: its x label and a value per series. */
  points: readonly { key: string; label: string; values: Record<string, number> }[];
  series: readonly LineSeries[];
  xLabel?: (key: string) => string;
}) {
  const max = Math.max(1, ...points.flatMap((p) => series.map((s) => p.values[s.key] ?? 0)));
  const x = scalePoint<string>()
    .domain(points.map((p) => p.key))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(4);
  // Every other month labelled on a long period, so the labels do not overlap.
  const labelEvery = points.length > 12 ? 3 : points.length > 6 ? 2 : 1;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart" role="img" aria-label={title}>
      <g aria-hidden="true">
        {series.map((s, i) => (
          <g key={s.key} transform={`translate(${MARGIN.left + i * 115}, 6)`}>
            <rect width={12} height={12} fill={colourOf(i)} />
            <text x={16} y={11} className="chart-text">
              {s.label}
            </text>
          </g>
        ))}
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text x={MARGIN.left - 4} y={y(tick) + 4} textAnchor="end" className="chart-text">
              {tick}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          i % labelEvery === 0 ? (
            <text key={p.key} x={x(p.key)} y={HEIGHT - 8} textAnchor="middle" className="chart-text">
              {xLabel ? xLabel(p.key) : p.label}
            </text>
          ) : null,
        )}
      </g>
      {series.map((s, i) => {
        const path = line<(typeof points)[number]>()
          .x((p) => x(p.key) ?? 0)
          .y((p) => y(p.values[s.key] ?? 0))(points);
        return (
          <g key={s.key}>
            <path d={path ?? ''} fill="none" stroke={colourOf(i)} strokeWidth={2.5} />
            {points.map((p) => (
              <circle key={p.key} cx={x(p.key)} cy={y(p.values[s.key] ?? 0)} r={3} fill={colourOf(i)}>
                <title>{`${p.label}, ${s.label}: ${p.values[s.key] ?? 0}`}</title>
              </circle>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
