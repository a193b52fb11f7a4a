import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { colourOf } from './palette';

const WIDTH = 480;
const LABEL = 120;

interface Node {
  id: string;
  label: string;
}
interface Link {
  source: string;
  target: string;
  value: number;
}

/**
 * A flow from the left column (what people left) to the right (what they joined), laid out by
 * d3-sankey; band width is the number of people. Left and right nodes are kept apart (a
 * sector people both left and joined appears on each side).
 */
export function SankeyChart({
  title,
  links,
  labelOf,
}: {
  title: string;
  links: readonly { from: string; to: string; value: number }[];
  labelOf(side: 'from' | 'to', key: string): string;
}) {
  const nodeIds = new Map<string, Node>();
  const node = (side: 'from' | 'to', key: string) => {
    const id = `${side}:${key}`;
    if (!nodeIds.has(id)) nodeIds.set(id, { id, label: labelOf(side, key) });
    return id;
  };
  const graphLinks: Link[] = links.map((l) => ({
    source: node('from', l.from),
    target: node('to', l.to),
    value: l.value,
  }));
  const height = Math.max(160, nodeIds.size * 22);
  const layout = sankey<Node, Link>()
    .nodeId((n) => n.id)
    .nodeWidth(12)
    .nodePadding(8)
    .extent([
      [LABEL, 4],
      [WIDTH - LABEL, height - 4],
    ]);
  const graph = layout({
    nodes: [...nodeIds.values()].map((n) => ({ ...n })),
    links: graphLinks.map((l) => ({ ...l })),
  });
  const sources = [...new Set(graph.nodes.filter((n) => n.id.startsWith('from:')).map((n) => n.id))];
  const colour = (n: SankeyNode<Node, Link>) => colourOf(Math.max(0, sources.indexOf(n.id)));
  const clip = (text: string) => (text.length > 18 ? `${text.slice(0, 17)}…` : text);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart" role="img" aria-label={title}>
      <g fill="none" strokeOpacity={0.45}>
        {graph.links.map((l: SankeyLink<Node, Link>, i) => {
          const source = l.source as SankeyNode<Node, Link>;
          const target = l.target as SankeyNode<Node, Link>;
          return (
            <path
              key={i}
              d={sankeyLinkHorizontal()(l) ?? ''}
              stroke={colour(source)}
              strokeWidth={Math.max(1, l.width ?? 1)}
            >
              <title>{`${source.label} → ${target.label}: ${l.value}`}</title>
            </path>
          );
        })}
      </g>
      {graph.nodes.map((n) => {
        const left = n.id.startsWith('from:');
        return (
          <g key={n.id}>
            <rect
              x={n.x0}
              y={n.y0}
              width={(n.x1 ?? 0) - (n.x0 ?? 0)}
              height={Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0))}
              fill={left ? colour(n) : '#4a5563'}
            >
              <title>{`${n.label}: ${n.value ?? 0}`}</title>
            </rect>
            <text
              x={left ? (n.x0 ?? 0) - 4 : (n.x1 ?? 0) + 4}
              y={((n.y0 ?? 0) + (n.y1 ?? 0)) / 2 + 4}
              textAnchor={left ? 'end' : 'start'}
              className="chart-text"
              aria-hidden="true"
            >
              {clip(n.label)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
