// The 1200×630 link-preview card, drawn with next/og (Satori + resvg, bundled font, no network).
import { ImageResponse } from 'next/og';
import { OG_SIZE } from './metadata';

export type OgCard = { eyebrow: string; title: string; lines?: string[]; footer?: string };

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function renderOgCard({ eyebrow, title, lines = [], footer = 'IMG Pathways · policies with sources and dates' }: OgCard): ImageResponse {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#0f2f5c', color: 'white', padding: 64 }}>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 30, color: '#d9eaff' }}>{clip(eyebrow, 80)}</div>
          <div style={{ fontSize: title.length > 60 ? 52 : 64, fontWeight: 700, marginTop: 18, lineHeight: 1.15 }}>{clip(title, 140)}</div>
          {lines.slice(0, 4).map((line) => (
            <div key={line} style={{ fontSize: 30, marginTop: 14, color: '#eef6ff' }}>
              {clip(line, 90)}
            </div>
          ))}
        </div>
        <div style={{ fontSize: 26, color: '#d9eaff' }}>{footer}</div>
      </div>
    ),
    // Cache headers and ETag: the routes wrap the card in lib/http/conditional.ts.
    OG_SIZE,
  );
}
