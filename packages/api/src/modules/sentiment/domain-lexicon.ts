// A re-commerce lexicon: the phrases customers use about pickups, payments, prices and
// vendors that general-purpose sentiment models read as neutral ("came two hours late",
// "money hit my account instantly", "they lowered the price"). Written by hand from the SOP's
// complaint categories, not fitted to any evaluation set; weights are in the trained model's
// logit units (about ±2 is one clear statement). Matching is phrase-level and negation-aware.
import { endsScope, isNegator, tokenize } from './text.js';

interface Cue {
  /** A regular expression over the clause's tokens joined by single spaces (see tokenize). */
  pattern: string;
  weight: number;
  /** True when the phrase says its own negation ("didnt come"): a negator inside it is the point, not a flip. */
  negative?: boolean;
}

const V_ARRIVE = '(?:come|came|coming|turn up|turned up|show up|showed up|arrive|arrived|reach|reached|visit|visited|pick it up|pick up|picked up)';
const PRICE = '(?:price|amount|quote|quotation|offer|value|rate|payout)';
const MONEY = '(?:money|payment|amount|cash|funds|refund|payout)';
const GAP = '(?: \\w+){0,3}';

/**
 * Ordered: phrases that carry their own negation come first and consume their words, so
 * "payment not received" is one complaint, not a negated "payment received" as well.
 */
const CUES: Cue[] = [
  // Pickups that did not happen.
  { pattern: `(?:didnt|did not|never|not|doesnt|wont|nobody|no one|noone|none)${GAP} ${V_ARRIVE}`, weight: -2.5, negative: true },
  { pattern: 'no show|no-show|noshow|never showed', weight: -2.5, negative: true },
  // Payments that did not arrive.
  { pattern: `${MONEY}${GAP} (?:not|never|yet to be|still not|nt) (?:received|credited|paid|come|came|reflected|transferred|processed|released|done)`, weight: -2.5, negative: true },
  { pattern: `(?:not|never|didnt|havent|hasnt|yet to|still not|did not|have not|has not)${GAP} (?:received|receive|get|got|gotten|credited)${GAP} ${MONEY}`, weight: -2.5, negative: true },
  { pattern: `(?:not|didnt|did not|never|wont|refused to)${GAP} (?:give|gave|given|pay|paid|honou?r|honou?red)${GAP} (?:quoted|promised|full|same|committed|agreed|original)`, weight: -2.2, negative: true },
  // Nobody answering.
  { pattern: 'no (?:response|reply|replies|call back|callback|update|updates|support|one called|one responded|proper response)', weight: -1.6, negative: true },
  { pattern: `(?:not|never|didnt|did not|nobody|no one|noone)${GAP} (?:responding|responded|respond|answer|answered|answering|picking|picked|reply|replied|call back|called back|contact|contacted|bother|bothered)`, weight: -1.6, negative: true },
  { pattern: 'never again|(?:dont|do not|never|wont|will not) (?:use|go|trust|sell|try|waste|recommend|buy|come back)', weight: -2.2, negative: true },
  // Good news said with a "no".
  { pattern: '(?:no|without|zero|not a single|not any|nt any)(?: \\w+)? (?:hassle|hassles|issue|issues|problem|problems|trouble|deduction|deductions|haggling|bargaining|negotiation|haggle|questions asked|delay|delays|complaints?)', weight: 1.6, negative: true },
  { pattern: '(?:never|not|wasnt|werent|isnt|didnt) (?:late|delayed|rude|come late|arrive late)', weight: 1.2, negative: true },
  { pattern: '(?:nothing|none) to complain(?: about)?|never (?:had|faced|got)(?: \\w+)? (?:issue|issues|problem|problems|trouble|complaint|complaints)|no (?:worries|regrets|complaints?)|(?:cant|cannot|could not|couldnt) complain', weight: 1.6, negative: true },
  // Star-like phrases (prepareForSentiment writes "5 stars", "⭐⭐⭐⭐⭐" as "five stars").
  { pattern: '(?:(?:not even|not|no|even|only|just) )?one star', weight: -2.2, negative: true },
  { pattern: 'five stars', weight: 2.2 },
  // Payments held up.
  { pattern: `${MONEY}${GAP} (?:is |was |still |has been |been )?(?:pending|stuck|on hold|held|blocked|hold)|pending ${MONEY}|(?:stuck|blocked) ${MONEY}`, weight: -2.2 },

  // Late and moved pickups.
  { pattern: '(?:# |one |two |three |four |five |few |many |several |couple of )?(?:hours?|hrs?|minutes?|mins?|days?) (?:late|delay|delayed)', weight: -2.2 },
  { pattern: '(?:came|arrived|reached|was|were|is|very|too|so|always|quite|extremely|bit|little|running) late', weight: -1.6 },
  { pattern: '(?:late(?! (?:night|evening|morning|afternoon|may|june|july))|delay|delayed|delays|delaying)', weight: -1.0 },
  { pattern: '(?:kept|keep|made) (?:me |us )?waiting|waited (?:for|since|the whole|all)|waiting (?:for|since)|still waiting', weight: -1.5 },
  { pattern: `cancell?ed|(?:cancel|cancell?ing)(?: \\w+){0,2} (?:order|pickup|booking|request)|(?:order|pickup|booking|request)${GAP} cancell?ed`, weight: -1.6 },
  { pattern: 'reschedul\\w*|postpone\\w*', weight: -1.0 },
  // Prices cut at the door.
  { pattern: `(?:reduced|reduce|reduces|reducing|lowered|lower|cut|cuts|decreased|slashed|dropped|drops|less(?:ened)?)(?: \\w+){0,2} ${PRICE}`, weight: -2.2 },
  { pattern: `${PRICE}${GAP} (?:was |got |is )?(?:reduced|lowered|cut|decreased|slashed|dropped|deducted|down)`, weight: -2.2 },
  { pattern: 'price cut|deduct\\w*|less than (?:the )?(?:quoted|promised|quote|committed|shown|offered)|lowball\\w*|underpa\\w*|under quoted', weight: -1.8 },
  { pattern: `(?:very |too |so )?(?:low|less|poor|pathetic|worst) ${PRICE}`, weight: -1.6 },
  { pattern: 'haggl\\w*|bargaining|bargained|forced|forcing|pressuri[sz]\\w*|pressure|blackmail\\w*', weight: -1.3 },
  // Trust.
  { pattern: 'fraud\\w*|froud|scam|scams|scammed|scammers?|scammy|cheat|cheated|cheater|cheaters|cheating|cheats|fake|looted|loot|thie(?:f|ves)|duped|daylight robbery', weight: -2.5 },
  { pattern: 'waste of (?:time|money)|wasted (?:my )?(?:time|day)|beware|stay away|avoid (?:this|them|these|it|at all costs)|(?:please|must|better|strongly|kindly) avoid', weight: -2.2 },
  // Vendor behaviour.
  { pattern: 'rude\\w*|misbehav\\w*|arrogant|unprofessional|shouted|shouting|argued|arguing|threaten\\w*|harass\\w*|abus\\w*|impolite|careless|irresponsible', weight: -2.0 },
  { pattern: 'polite\\w*|courteous|humble|well[- ]?behaved|well[- ]?mannered|friendly|cooperative|co-operative|professional\\w*|gentleman|patient|respectful|helpful|decent guy|good guy|nice guy', weight: 1.6 },
  // Punctual pickups.
  { pattern: 'on time|in time|before time|ahead of time|on schedule|as scheduled|punctual\\w*|(?:came|arrived|reached) (?:early|quickly|promptly|within)', weight: 1.8 },
  // Payments that arrived.
  { pattern: `${MONEY}${GAP} (?:hit|hits|credited|received|reached|transferred|came|deposited|reflected|paid|done|sent)`, weight: 2.0 },
  { pattern: `(?:received|got|get|credited|receive|paid)${GAP} ${MONEY}`, weight: 1.5 },
  { pattern: `(?:instant|instantly|immediate|immediately|quick|fast|prompt|same day|spot|on the spot|on-spot|upfront|full) ${MONEY}`, weight: 2.0 },
  { pattern: 'paid (?:instantly|immediately|on the spot|quickly|promptly|upfront|in full|same day|in minutes)', weight: 2.0 },
  // Speed on its own is a weak cue: "unhappy with it immediately" says nothing good.
  { pattern: 'instantly|immediately|within (?:minutes|seconds|an hour|a day|# minutes|# mins|# hours)|in (?:a|one) day|same day|on the spot|in minutes', weight: 0.6 },
  // Fair prices.
  { pattern: `(?:best|good|great|fair|decent|excellent|nice|reasonable|genuine|right|top|better|higher|highest|more|awesome|amazing|superb|competitive) ${PRICE}`, weight: 1.8 },
  { pattern: `(?:same|exact|exactly|full|quoted|promised|committed) ${PRICE}|as (?:quoted|promised|shown|committed|mentioned|told)`, weight: 1.2 },
  { pattern: `(?:honou?red|kept to|stuck to|gave|paid|got)(?: the| me| us)?(?: \\w+)? (?:quoted|promised|full|same|committed|agreed|exact|original) ${PRICE}`, weight: 1.6 },
  // What a bad app or service is called.
  { pattern: '(?:worst|bad|useless|fraud|pathetic|poor|waste|rubbish|horrible|terrible|third class|3rd class|cheap|disgusting|irritating) (?:app|application|service|services|experience|company|platform|customer care|customer service|customer support|support)', weight: -1.5 },
  // The process.
  { pattern: 'hassle[- ]?free|trouble[- ]?free|smooth\\w*|seamless\\w*|effortless\\w*|(?:quick|easy|simple|fast|hasslefree|great|good|best|nice) (?:process|service|pickup|transaction|deal|sale|experience|app|platform|company)', weight: 1.8 },
  { pattern: '(?:highly|strongly|definitely|would|must) recommend\\w*|(?:will|would|must|gonna) (?:use|sell|try|go|come back|recommend)(?: it| them| again| here)?|thank you|thanks|thank u|thanku|keep it up|good job|great job|well done|kudos', weight: 1.8 },
  { pattern: 'gud|nyc|osm|awsm|awsome|awesum|superb|v good|vry good|very gud', weight: 1.5 },
];

const COMPILED = CUES.map((c) => ({ ...c, re: new RegExp(`(?<=^| )(?:${c.pattern})(?= |$)`, 'g') }));
/** VADER's damping of a negated word ("not polite" is about three quarters as negative as "polite" is positive). */
const NEGATION_FLIP = -0.74;
/** How many words before a phrase a negator still reaches ("was not really on time"). */
const NEGATION_REACH = 3;

/** The clauses of a text, each as its word tokens. */
function clauses(text: string): string[][] {
  const out: string[][] = [[]];
  for (const token of tokenize(text)) {
    if (endsScope(token)) out.push([]);
    else out.at(-1)!.push(token);
  }
  return out.filter((c) => c.length);
}

export interface DomainCue {
  phrase: string;
  weight: number;
}

/** The lexicon's phrases found in a prepared text, each with its weight after negation. */
export function domainCues(prepared: string): DomainCue[] {
  const found: DomainCue[] = [];
  for (const words of clauses(prepared)) {
    let line = words.join(' ');
    for (const cue of COMPILED) {
      cue.re.lastIndex = 0;
      line = line.replace(cue.re, (phrase: string, at: number) => {
        const before = line.slice(0, at).split(' ').filter(Boolean).slice(-NEGATION_REACH);
        const inside = cue.negative ? [] : phrase.split(' ');
        const negated = [...before, ...inside].some(isNegator);
        found.push({ phrase, weight: negated ? cue.weight * NEGATION_FLIP : cue.weight });
        // The phrase's words are used up, so a later, weaker cue does not count them again.
        return phrase.replace(/[^ ]+/g, '_');
      });
    }
  }
  return found;
}

/** The sum of the lexicon's weights in a prepared text (0 when it names nothing of the domain). */
export function domainScore(prepared: string): number {
  return domainCues(prepared).reduce((sum, c) => sum + c.weight, 0);
}
