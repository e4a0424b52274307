// M7: GET /receipts/<token>.pdf, the receipt behind the link in the customer's message and the
// admin's "Open PDF". No login: the signed, expiring token is the credential (S1, as the rating
// page). A link that leads nowhere says why in plain text, with how to reach support.
import express, { type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { MessageLinks } from '../messaging/templates.js';
import type { ReceiptService } from './receipt.service.js';

const help = (links: MessageLinks) => `Need help? Call ${links.supportPhone} or message us on WhatsApp: ${links.supportWhatsapp}`;

export function receiptRouter(deps: { orm: MikroORM; receipts: ReceiptService; links: MessageLinks }): Router {
  const router = express.Router();
  const refuse = (res: express.Response, status: number, text: string) => {
    res.status(status).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(`${text}\n${help(deps.links)}\n`);
  };

  router.get('/:file', async (req, res) => {
    const m = /^([\w-]+\.[\w-]+\.[\w-]+)\.pdf$/.exec(req.params.file);
    if (!m) return refuse(res, 404, 'This receipt link is not valid.');
    const pdf = await deps.receipts.pdf(deps.orm.em.fork(), m[1]);
    if (!pdf.ok) {
      if (pdf.reason === 'EXPIRED') return refuse(res, 410, 'This receipt link has expired. Ask us and we will send you a new one.');
      if (pdf.reason === 'GONE') return refuse(res, 410, 'There is no receipt for this order any more: its payment was reversed.');
      return refuse(res, 404, 'This receipt link is not valid.');
    }
    res.status(200).set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${pdf.fileName}"`,
      'Cache-Control': 'private, no-store',
      'Content-Length': String(pdf.body.length),
    }).end(pdf.body);
  });
  return router;
}
