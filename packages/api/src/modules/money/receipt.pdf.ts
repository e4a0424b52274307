// M7: the receipt as a one-page A4 PDF. The font is DejaVu Sans from packages/api/assets/fonts
// (shipped with the code, so nothing is fetched at run time, and it has the rupee sign that
// PDF's built-in fonts lack). Wording and layout only: receipt.policy decides what is on it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { formatIst } from '../../common/time-text.js';
import { formatRupees } from './receipt.policy.js';

export interface ReceiptPdfInput {
  brand: string;
  number: string;
  paidAt: Date;
  /** When this copy was drawn (a reissue says so). */
  issuedAt: Date;
  customerName: string;
  externalRef: string;
  device: string;
  amount: number;
  paymentReference: string;
}

/** assets/fonts of the API package, from src/modules/money (tsx, tests) or dist/ (the built server). */
function fontsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'assets', 'fonts');
    if (existsSync(path.join(candidate, 'DejaVuSans.ttf'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('assets/fonts/DejaVuSans.ttf not found beside the API package');
}

let fonts: { regular: string; bold: string } | null = null;
const fontFiles = () => (fonts ??= { regular: path.join(fontsDir(), 'DejaVuSans.ttf'), bold: path.join(fontsDir(), 'DejaVuSans-Bold.ttf') });

export function renderReceiptPdf(r: ReceiptPdfInput): Promise<Buffer> {
  const { regular, bold } = fontFiles();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    // The TTF from the start: the default (Helvetica) would be loaded for nothing.
    font: regular,
    info: { Title: `Payment receipt ${r.number}`, Author: r.brand, Subject: `Order ${r.externalRef}`, CreationDate: r.issuedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('bold').fontSize(22).fillColor('#111827').text(r.brand, left, 56);
  doc.font('regular').fontSize(11).fillColor('#4b5563').text('Payment receipt', { width });
  doc.moveDown(1.5);

  const rows: [string, string][] = [
    ['Receipt number', r.number],
    ['Date of payment', formatIst(r.paidAt)],
    ['Paid to', r.customerName],
    ['Order', r.externalRef],
    ['Device', r.device],
    ['Payment reference', r.paymentReference],
  ];
  const labelWidth = 150;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('regular').fontSize(11).fillColor('#4b5563').text(label, left, y, { width: labelWidth });
    doc.font('regular').fillColor('#111827').text(value, left + labelWidth, y, { width: width - labelWidth });
    doc.moveDown(0.6);
  }

  doc.moveDown(0.6);
  const ruleY = doc.y;
  doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(0.75).strokeColor('#d1d5db').stroke();
  doc.moveDown(0.8);
  const y = doc.y;
  doc.font('bold').fontSize(14).fillColor('#111827').text('Amount paid', left, y, { width: labelWidth });
  doc.font('bold').fontSize(14).text(formatRupees(r.amount), left + labelWidth, y, { width: width - labelWidth });

  doc.moveDown(2.5);
  doc.font('regular').fontSize(9).fillColor('#6b7280').text(
    `Payment for the device above, sold through ${r.brand}. This copy was issued on ${formatIst(r.issuedAt)}; `
      + 'a receipt reissued on request carries the details of the original payment.',
    left, doc.y, { width },
  );
  doc.end();
  return done;
}
