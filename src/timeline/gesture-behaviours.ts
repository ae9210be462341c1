// d3's zoom and brush (with the selection, transition, interpolation and colour code they bring, about
// 20 KB gzipped) are not needed to draw the timeline, only to move it: they load right after the first
// draw, from this one module, and the hooks attach them when they arrive.
export { brushX } from 'd3-brush';
export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
