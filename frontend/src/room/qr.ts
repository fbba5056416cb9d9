/**
 * The room's QR code for the projector, drawn as SVG (no image URL, so the page's content security
 * policy needs nothing new). lean-qr picks the smallest version for the address at error correction
 * level M, which a phone reads from the back of a classroom.
 */
import { correction, generate } from 'lean-qr';

const SVG = 'http://www.w3.org/2000/svg';
/** Light modules around the code, as the QR standard asks. */
const QUIET = 4;

/** The SVG path of the dark modules of `text`'s QR code, in module units, and the code's size. */
export function qrPath(text: string): { d: string; size: number } {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
    }
  }
  return { d, size: code.size + 2 * QUIET };
}

export function qrSvg(document: Document, text: string, label: string): SVGSVGElement {
  const { d, size } = qrPath(text);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.classList.add('room-qr');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
