import type { GraphStrings } from '../i18n/strings-graph.ts';
import { collatorFor, type Lang } from '../model/format-date.ts';
import { EDGE_KINDS, type GraphNode } from '../model/participant-graph.ts';
import { countryColour, countryName, NO_COUNTRY_COLOUR } from './country-colours.ts';
import { EDGE_DASHES } from './edge-geometry.ts';

/** Props of GraphLegend. */
export interface GraphLegendProps {
  nodes: readonly GraphNode[];
  lang: Lang;
  /** Whether any edge on screen has an arrowhead, so the arrow needs explaining. */
  directed: boolean;
  g: GraphStrings;
}

/** What the colours, lines, arrows and sizes mean; lists only the countries on screen, named in `lang`. */
export function GraphLegend({ nodes, lang, directed, g }: GraphLegendProps) {
  const codes = [...new Set(nodes.flatMap((n) => (n.country ? [n.country] : [])))];
  const collator = collatorFor(lang);
  const countries = codes
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const stateless = nodes.some((n) => !n.country);
  return (
    <div className="graph-legend">
      <div>
        <p className="graph-legend-title">{g.legendCountries}</p>
        <ul>
          {countries.map(({ code, name }) => (
            <li key={code}>
              <span className="graph-swatch" style={{ background: countryColour(code) }} aria-hidden="true" />
              {name}
            </li>
          ))}
          {stateless ? (
            <li>
              <span className="graph-swatch" style={{ background: NO_COUNTRY_COLOUR }} aria-hidden="true" />
              {g.noCountry}
            </li>
          ) : null}
        </ul>
      </div>
      <div>
        <p className="graph-legend-title">{g.legendKinds}</p>
        <ul>
          {EDGE_KINDS.map((kind) => (
            <li key={kind}>
              <svg className="graph-line-sample" width="32" height="10" aria-hidden="true">
                <line x1="2" y1="5" x2="30" y2="5" strokeWidth="2.5" strokeDasharray={EDGE_DASHES[kind]} />
              </svg>
              {g.kindNames[kind]}
            </li>
          ))}
          {directed ? <li className="muted">{g.legendArrow}</li> : null}
          <li className="muted">{g.legendSize}</li>
        </ul>
      </div>
    </div>
  );
}
