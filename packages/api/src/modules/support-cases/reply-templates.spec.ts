import { describe, expect, it } from 'vitest';
import { CaseType, Team } from '../../common/enums.js';
import { replyTemplates, type TemplateFacts } from './reply-templates.js';

const facts = (over: Partial<TemplateFacts> = {}): TemplateFacts => ({
  brand: 'Cashkr', customerName: 'Rahul Sharma', orderRef: 'ORD-77', caseNumber: 'CX-10001', caseType: CaseType.PAYMENT_ISSUE,
  team: Team.CX, expectBy: new Date('2026-12-02T06:30:00Z'), ...over,
});

describe('K8 reply templates', () => {
  it("fill in the customer's first name and the order, in the SOP's words", () => {
    const first = replyTemplates(facts(), 'CASE').find((t) => t.id === 'FIRST_CONTACT')!;
    expect(first.body).toBe("Hi Rahul, we noticed you had an issue with your order ORD-77. We're here to resolve it immediately.");
    expect(first.source).toBe('SOP 001 §7 step 2');
    const rating = replyTemplates(facts(), 'CASE').find((t) => t.id === 'UPDATED_RATING')!;
    expect(rating.body).toBe("Your issue is resolved now. If you feel your experience has improved, we'd appreciate an updated rating.");
  });

  it("put the case type's own templates first and leave out other types'", () => {
    const ids = replyTemplates(facts(), 'CASE').map((t) => t.id);
    expect(ids[0]).toBe('PAYMENT_ISSUE');
    expect(ids).not.toContain('CHANGE_DETAILS');
    expect(replyTemplates(facts({ caseType: CaseType.CHANGE_DETAILS }), 'CASE')[0].id).toBe('CHANGE_DETAILS');
    expect(replyTemplates(facts({ caseType: CaseType.PRODUCT_SUPPORT }), 'CASE')[0].body).toContain('IMEI');
  });

  it('offer the escalation update only once the case is with another team, with its expected time', () => {
    expect(replyTemplates(facts(), 'CASE').map((t) => t.id)).not.toContain('ESCALATION_NOTICE');
    const notice = replyTemplates(facts({ team: Team.FINANCE }), 'CASE').find((t) => t.id === 'ESCALATION_NOTICE')!;
    expect(notice.body).toContain('CX-10001');
    expect(notice.body).toContain('payments team');
    expect(notice.body).toContain('2 Dec 2026, 12:00 pm IST');
  });

  it('give an escalation the first contact, the call script and the updated-rating ask, without a case number', () => {
    const ids = replyTemplates(facts({ caseNumber: null, caseType: null, expectBy: null }), 'ESCALATION').map((t) => t.id);
    expect(ids).toEqual(['FIRST_CONTACT', 'CALL_SCRIPT', 'UPDATED_RATING']);
  });
});
