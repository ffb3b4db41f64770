import type { ReactNode } from 'react';
import type { Region } from '../../lib/regions';
import { messages } from '../../messages';
import { RegionMarkerIcon } from './region-marker';
import './region-legend.css';

/** The legend every chart uses: region by colour and shape, plus any extra keys a chart needs. */
export function RegionLegend({ regions = ['us', 'cn', 'other'], extra }: { regions?: Region[]; extra?: ReactNode }) {
  return (
    <ul className="region-legend" aria-label={messages.common.chart.legend}>
      {regions.map((r) => (
        <li key={r}>
          <RegionMarkerIcon region={r} /> {messages.common.region[r]}
        </li>
      ))}
      {extra}
    </ul>
  );
}
