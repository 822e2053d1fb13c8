import { describe, expect, it } from 'vitest';
import { DRAWIO_SANDBOX, assetIdFromLink, diagramEmbedMarkdown, drawioUrl, embeddedDiagramId, parseEditorMessage, svgFromExport } from './diagrams';

const ORG = '0199a0b1-0000-7000-8000-000000000001';
const ID = '0199a0b1-0000-7000-8000-0000000000aa';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>é</text></svg>';

describe('the draw.io embed', () => {
  it('is served from this origin with every outside service off', () => {
    const url = new URL(drawioUrl(), 'https://clientstor.example');
    expect(url.origin + url.pathname).toBe('https://clientstor.example/drawio/index.html');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ embed: '1', proto: 'json', offline: '1', stealth: '1', pwa: '0', plugins: '0' });
  });

  it('never gives the editor the same origin as the SPA', () => {
    expect(DRAWIO_SANDBOX.split(' ')).toContain('allow-scripts');
    expect(DRAWIO_SANDBOX).not.toContain('allow-same-origin');
    expect(DRAWIO_SANDBOX).not.toContain('allow-top-navigation');
  });

  it('reads the editor’s JSON messages and ignores anything else', () => {
    expect(parseEditorMessage('{"event":"init"}')).toEqual({ event: 'init' });
    expect(parseEditorMessage(JSON.stringify({ event: 'save', xml: '<mxfile/>', exit: false }))).toEqual({ event: 'save', xml: '<mxfile/>' });
    expect(parseEditorMessage({ event: 'export', data: 'data:x', xml: '<mxfile/>', format: 'svg' })).toEqual({ event: 'export', data: 'data:x', xml: '<mxfile/>', format: 'svg' });
    expect(parseEditorMessage('not json')).toBeNull();
    expect(parseEditorMessage({ event: 'save' })).toBeNull();
    expect(parseEditorMessage({ event: 'something-else' })).toBeNull();
    expect(parseEditorMessage(null)).toBeNull();
  });
});

describe('svgFromExport', () => {
  it('decodes a base64 data URL, keeping UTF-8 text', () => {
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(SVG)));
    expect(svgFromExport(`data:image/svg+xml;base64,${base64}`)).toBe(SVG);
  });

  it('decodes a percent-encoded data URL', () => {
    expect(svgFromExport(`data:image/svg+xml,${encodeURIComponent(SVG)}`)).toBe(SVG);
  });

  it('drops the XML declaration and the DOCTYPE the API would refuse', () => {
    const exported = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${SVG}`;
    expect(svgFromExport(exported)).toBe(SVG);
  });
});

describe('diagram references', () => {
  it('writes the Markdown embed with brackets escaped', () => {
    expect(diagramEmbedMarkdown('Rack [A]', ID)).toBe(`![Rack \\[A\\]](diagram:${ID})`);
  });

  it('finds the diagram of an embed of this knowledge base only', () => {
    const docs = `/orgs/${ORG}/docs`;
    expect(embeddedDiagramId(`/orgs/${ORG}/docs/diagrams/${ID}`, docs)).toBe(ID);
    expect(embeddedDiagramId(`/orgs/${ORG.toUpperCase()}/docs/diagrams/${ID}`, docs)).toBe(ID);
    expect(embeddedDiagramId(`/orgs/0199a0b1-0000-7000-8000-000000000002/docs/diagrams/${ID}`, docs)).toBeNull();
    expect(embeddedDiagramId(`https://evil.example/orgs/${ORG}/docs/diagrams/${ID}`, docs)).toBeNull();
    expect(embeddedDiagramId(`/orgs/${ORG}/docs/diagrams/${ID}/history`, docs)).toBeNull();
    expect(embeddedDiagramId(null, docs)).toBeNull();
    // The MSP knowledge base's links are rebased under /kb before the embeds are looked for.
    expect(embeddedDiagramId(`/kb/diagrams/${ID}`, '/kb')).toBe(ID);
    expect(embeddedDiagramId(`/orgs/${ORG}/docs/diagrams/${ID}`, '/kb')).toBeNull();
  });

  it('reads an asset link of a shape', () => {
    expect(assetIdFromLink(`clientstor:asset/${ID}`)).toBe(ID);
    expect(assetIdFromLink('https://example.com')).toBeNull();
    expect(assetIdFromLink(undefined)).toBeNull();
  });
});
