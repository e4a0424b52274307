// What the customer is told about their case (K5: escalated, with when to expect an answer, SOP
// 003 §6; K6: resolved). Wording only: the service decides when.
import { formatIst } from '../../common/time-text.js';
import { Team } from '../../common/enums.js';

const TEAM_WORDS: Record<Team, string> = {
  [Team.CX]: 'customer care team',
  [Team.VENDOR_OPS]: 'pickup partner team',
  [Team.FINANCE]: 'payments team',
  [Team.TECH]: 'technical team',
};

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function escalatedNotice(a: { brand: string; customerName: string; number: string; team: Team; expectBy: Date }): string {
  return `Hi ${firstName(a.customerName)}, we have passed your request ${a.number} to our ${TEAM_WORDS[a.team]}, who will look into it. `
    + `You can expect an answer by ${formatIst(a.expectBy)}. Thank you for your patience. – ${a.brand}`;
}

export function resolvedNotice(a: { brand: string; customerName: string; number: string; resolution: string; reopenDays: number }): string {
  return `Hi ${firstName(a.customerName)}, your request ${a.number} is resolved: ${a.resolution} `
    + `If anything is still not right, just reply within ${a.reopenDays} days and we will pick it up again. – ${a.brand}`;
}
