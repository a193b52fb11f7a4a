import { scaleLinear } from 'd3-scale';
import { colourOf } from './palette';

export interface BarSeries {
  key: string;
  label: string;
}

export interface BarDatum {
  key: string;
  label: string;
  values: Record<string, number>;
  /** Marks the row (e.g. a flag): drawn as a note after its label. */
  note?: string;
}

const ROW = 18;
const GAP = 10;
const LABEL_WIDTH = 150;
const WIDTH = 480;

const clip = (text: string, max = 26) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Horizontal bars, one group per category and one bar per series: readable on a phone (labels
 * on the left, bars grow to the right) and scaled to its box (viewBox), so it never widens a page.
 */
export function BarChart({
  title,
  data,
  series,
  format = (n) => String(n),
}: {
  title: string;
  data: readonly BarDatum[];
  series: readonly BarSeries[];
  format?: (n: number) => string;
}) {
  const max = Math.max(1, ...data.flatMap((d) => series.map((s) => d.values[s.key] ?? 0)));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([0, WIDTH - LABEL_WIDTH - 50]);
  const groupHeight = series.length * ROW + GAP;
  const legendHeight = series.length > 1 ? 24 : 0;
  const height = legendHeight + data.length * groupHeight;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart" role="img" aria-label={title}>
      {series.length > 1 ? (
        <g aria-hidden="true">
          {series.map((s, i) => (
            <g key={s.key} transform={`translate(${i * 160}, 4)`}>
              <rect width={12} height={12} fill={colourOf(i)} />
              <text x={18} y={11} className="chart-text">
                {s.label}
              </text>
            </g>
          ))}
        </g>
      ) : null}
      {data.map((d, row) => (
        <g key={d.key} transform={`translate(0, ${legendHeight + row * groupHeight})`}>
          <text x={0} y={ROW * (series.length / 2) + 4} className="chart-text">
            {clip(d.label)}
            {d.note ? <tspan className="chart-note"> {d.note}</tspan> : null}
          </text>
          {series.map((s, i) => {
            const value = d.values[s.key] ?? 0;
            return (
              <g key={s.key} transform={`translate(${LABEL_WIDTH}, ${i * ROW})`}>
                <rect height={ROW - 4} width={Math.max(value > 0 ? 1 : 0, x(value))} fill={colourOf(i)}>
                  <title>{`${d.label}, ${s.label}: ${format(value)}`}</title>
                </rect>
                <text x={x(value) + 4} y={ROW - 7} className="chart-text">
                  {format(value)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
